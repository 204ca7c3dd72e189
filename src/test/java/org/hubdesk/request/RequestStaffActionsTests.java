package org.hubdesk.request;

import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What staff do on a request's page beyond replies: closing as a duplicate, and replies that cross. */
@DemoTest
class RequestStaffActionsTests {

	static final String HUB = "/hubs/content-partnerships";

	@Autowired
	MockMvc mvc;

	@Autowired
	Requests requests;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	Hub hub;
	Person requester;
	Person staff;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = SignedIn.newPerson(people, "asker");
		staff = people.byUsername("staff").orElseThrow();
		people.changeLanguage(staff.getId(), "en");
	}

	@Test
	void closingAsADuplicateNamesTheOriginalByItsNumber() throws Exception {
		HelpRequest original = submitted("Original");
		HelpRequest copy = submitted("Copy");
		String page = HUB + "/requests/" + copy.getNumber();
		mvc.perform(post(page + "/transition").with(SignedIn.as(people, "staff")).with(csrf())
			.param("to", "CLOSED").param("reason", "Same as the other").param("version", String.valueOf(copy.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"resolution-error\"")));
		mvc.perform(post(page + "/transition").with(SignedIn.as(people, "staff")).with(csrf())
			.param("to", "CLOSED").param("reason", "Same as the other").param("resolution", "DUPLICATE")
			.param("mergedInto", "999999").param("version", String.valueOf(copy.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"mergedInto-error\"")))
			.andExpect(content().string(containsString("Give the number of another request of this hub.")));
		mvc.perform(post(page + "/transition").with(SignedIn.as(people, "staff")).with(csrf())
			.param("to", "CLOSED").param("reason", "Same as the other").param("resolution", "DUPLICATE")
			.param("mergedInto", String.valueOf(original.getNumber())).param("version", String.valueOf(copy.getVersion())))
			.andExpect(redirectedUrlPattern(HUB + "/requests/*"));
		HelpRequest closed = requests.byId(copy.getId()).orElseThrow();
		assertThat(closed.getState()).isEqualTo(RequestState.CLOSED);
		assertThat(closed.getMergedIntoId()).isEqualTo(original.getId());
		mvc.perform(get(page).with(SignedIn.as(people, "staff")))
			.andExpect(content().string(containsString("CP-" + original.getNumber())))
			.andExpect(content().string(containsString("Duplicate")));
	}

	@Test
	void aStaffReplyOnAStaleVersionIsShownBackWithTheText() throws Exception {
		HelpRequest request = submitted("Crossing replies");
		long loaded = request.getVersion();
		requests.post(request, requester.getId(), false, "One more thing", false);
		mvc.perform(post(HUB + "/requests/" + request.getNumber() + "/messages").with(SignedIn.as(people, "staff"))
			.with(csrf()).param("body", "We will call the museum").param("version", String.valueOf(loaded)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this request")))
			.andExpect(content().string(containsString("We will call the museum")))
			.andExpect(content().string(containsString("One more thing")));
		assertThat(requests.messages(request, true)).extracting(RequestMessage::getBody).containsExactly("One more thing");
	}

	private HelpRequest submitted(String title) {
		RequestDetails details = new RequestDetails(title, null, null, null, null, null, null, null, Set.of(),
				"Articles", null, "en", null, null, false,
				Set.of(hubs.codebook(hub).get(0).need().getId()));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		return requests.submit(hub, draft, draft.getVersion(), requester.getId());
	}
}
