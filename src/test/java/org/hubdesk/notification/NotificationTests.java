package org.hubdesk.notification;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.request.RightsStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoTest
class NotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Requests requests;

	@Autowired
	Notifications notifications;

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
		requester = SignedIn.newPerson(people, "notified");
		people.updateProfile(requester.getId(), null, null, "sv", null);
		staff = people.byUsername("staff").orElseThrow();
	}

	@Test
	void staffAreToldOfANewRequestAndTheRequesterOfTheReplyButNeverOfANote() {
		HelpRequest request = submitted("Kartor från Riksarkivet");
		String reference = request.reference("CP");
		await().atMost(Duration.ofSeconds(10)).until(() -> has(staff, "request.new-request", reference));

		requests.post(request, staff.getId(), true, "Only for staff: check the licence", true);
		requests.post(request, staff.getId(), true, "Thank you, we will look at it this week.", false);
		await().atMost(Duration.ofSeconds(10)).until(() -> has(requester, "request.reply", reference));
		assertThat(notifications.latest(requester.getId(), 50)).extracting(Notification::getKind)
			.doesNotContain("request.internal-note");
	}

	@Test
	void theRequesterIsToldOfAStatusChangeInTheirLanguage() throws Exception {
		HelpRequest request = submitted("Frågor om licenser");
		HelpRequest asked = requests.transition(request, request.getVersion(), RequestState.WAITING_FOR_REQUESTER,
				staff.getId(), "Which licence does the museum accept?", null, null);
		await().atMost(Duration.ofSeconds(10)).until(() -> has(requester, "request.status-changed",
				asked.reference("CP")));
		mvc.perform(get("/notifications").with(SignedIn.as(people, requester.getUsername())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(asked.reference("CP") + " har nu status")))
			.andExpect(content().string(containsString("class=\"badge\"")));
		mvc.perform(get("/api/v1/me/notifications").with(SignedIn.as(people, requester.getUsername())))
			.andExpect(jsonPath("$.unread").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.items[0].kind").value("request.status-changed"))
			.andExpect(jsonPath("$.items[0].reference").value(asked.reference("CP")));
	}

	@Test
	void openingANotificationMarksItReadAndGoesToTheRequest() throws Exception {
		HelpRequest request = submitted("Open me");
		requests.post(request, staff.getId(), true, "A reply", false);
		await().atMost(Duration.ofSeconds(10)).until(() -> has(requester, "request.reply", request.reference("CP")));
		Notification n = notifications.latest(requester.getId(), 10).get(0);
		mvc.perform(post("/notifications/" + n.getId() + "/read").with(SignedIn.as(people, "requester2")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/" + n.getId() + "/read").with(SignedIn.as(people, requester.getUsername()))
				.with(csrf()))
			.andExpect(redirectedUrl("/hubs/content-partnerships/requests/" + request.getNumber()));
		assertThat(notifications.unread(requester.getId())).isZero();
	}

	@Test
	void theAssigneeIsToldOfTheAssignmentAndOfTheRequestersAnswerInTheirLanguage() throws Exception {
		HelpRequest request = submitted("Photographs from the Nordic Museum");
		String reference = request.reference("CP");
		Person admin = people.byUsername("admin").orElseThrow();
		HelpRequest assigned = requests.assign(request, request.getVersion(), staff.getId(), admin.getId());
		requests.post(assigned, requester.getId(), false, "Here is the licence the museum uses.", false);
		await().atMost(Duration.ofSeconds(10)).until(() -> has(staff, "request.assigned", reference)
				&& has(staff, "request.requester-reply", reference));
		mvc.perform(get("/notifications").with(SignedIn.as(people, staff.getUsername())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString(reference + " is assigned to you: Photographs from the Nordic Museum")))
			.andExpect(content()
				.string(containsString("The requester replied on " + reference + ": Photographs from the Nordic Museum")));
	}

	private boolean has(Person person, String kind, String reference) {
		List<Notification> latest = notifications.latest(person.getId(), 200);
		return latest.stream()
			.anyMatch(n -> kind.equals(n.getKind()) && reference.equals(n.getFacts().get("reference")));
	}

	private HelpRequest submitted(String title) {
		RequestDetails details = new RequestDetails(title, null, null, "Riksarkivet", null, "maps", "300",
				RightsStatus.UNKNOWN, Set.of(Platform.COMMONS), "Articles about Swedish towns", null, "sv", null, null,
				false, Set.of(hubs.codebook(hub).get(0).need().getId()));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		return requests.submit(hub, draft, draft.getVersion(), requester.getId());
	}
}
