package org.hubdesk.request;

import java.util.Map;
import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.canned.CannedReplies;
import org.hubdesk.request.canned.CannedReply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoTest
class RequestPageWorkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Requests requests;

	@Autowired
	RequestWork work;

	@Autowired
	Attachments attachments;

	@Autowired
	CannedReplies canned;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	Hub hub;
	Person requester;
	HelpRequest request;
	String path;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = SignedIn.newPerson(people, "paged");
		long staff = people.byUsername("staff").orElseThrow().getId();
		RequestDetails details = new RequestDetails("Herbarium sheets", null, null, "Naturhistoriska riksmuseet", null,
				"scans", "5,000", RightsStatus.CLEARED, Set.of(Platform.COMMONS, Platform.WIKIDATA),
				"Species articles on Wikipedia and Wikidata", null, "en", null, null, true,
				Set.of(hubs.codebook(hub).get(3).need().getId()));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		HelpRequest r = requests.submit(hub, draft, draft.getVersion(), requester.getId());
		r = requests.transition(r, r.getVersion(), RequestState.TRIAGE, staff, "triage", null, null);
		r = requests.transition(r, r.getVersion(), RequestState.IN_REVIEW, staff, "review", null, null);
		// the demo hub's committee decides: its chair accepts the request
		request = requests.move(r, r.getVersion(), Mover.COMMITTEE, RequestState.ACCEPTED,
				people.byUsername("chair").orElseThrow().getId(), "accept");
		path = "/hubs/content-partnerships/requests/" + request.getNumber();
	}

	@Test
	void staffInsertACannedReplyAndEditItBeforeSending() throws Exception {
		CannedReply reply = canned.forLanguage(hub, "en").get(0);
		mvc.perform(get(path + "?canned=" + reply.getId()).with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + reply.getBody() + "</textarea>")));
		mvc.perform(get(path + "?canned=" + reply.getId()).with(SignedIn.as(people, requester.getUsername())))
			.andExpect(content().string(not(containsString(reply.getBody()))))
			.andExpect(content().string(not(containsString("id=\"work\""))));
	}

	@Test
	void staffLogHoursAndARefusedEntryComesBackWithWhatWasTyped() throws Exception {
		mvc.perform(post(path + "/work/hours").with(SignedIn.as(people, "staff")).with(csrf())
				.param("date", java.time.LocalDate.now().toString()).param("hours", "2,5").param("note", "Mapping"))
			.andExpect(status().is3xxRedirection());
		assertThat(work.totalHours(request)).isEqualByComparingTo("2.5");
		mvc.perform(post(path + "/work/hours").with(SignedIn.as(people, "staff")).with(csrf())
				.param("date", java.time.LocalDate.now().toString()).param("hours", "1.25"))
			.andExpect(status().is3xxRedirection());
		// the page adds up what it lists
		mvc.perform(get(path).with(SignedIn.as(people, "staff")).locale(java.util.Locale.ENGLISH))
			.andExpect(content().string(containsString("3.75 hours logged of")));
		mvc.perform(post(path + "/work/hours").with(SignedIn.as(people, "staff")).with(csrf())
				.param("date", java.time.LocalDate.now().toString()).param("hours", "30").param("note", "Too much"))
			.andExpect(flash().attribute("workInput",
					Map.of("hours", "30", "workDate", java.time.LocalDate.now().toString(), "note", "Too much")))
			.andExpect(flash().attributeExists("workError"));
		mvc.perform(post(path + "/work/hours").with(SignedIn.as(people, requester.getUsername())).with(csrf())
				.param("date", java.time.LocalDate.now().toString()).param("hours", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get(path).with(SignedIn.as(people, "staff")))
			.andExpect(content().string(containsString("Mapping")));
	}

	@Test
	void theFormTakesFilesAndARefusedFileKeepsEverythingTyped() throws Exception {
		String need = String.valueOf(hubs.codebook(hub).get(0).need().getId());
		mvc.perform(multipart("/hubs/content-partnerships/requests/new")
				.file(new MockMultipartFile("files", "setup.exe", "image/png", new byte[] { 'M', 'Z', 0, 0, 1, 2, 3 }))
				.param("title", "Kept title").param("usefulnessPlan", "Kept plan").param("language", "en")
				.param("needIds", need).param("action", "submit")
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Kept title\"")))
			.andExpect(content().string(containsString("Kept plan")))
			.andExpect(content().string(containsString("setup.exe is of a type this hub does not accept")));
		assertThat(requests.mine(hub, requester.getId())).extracting(HelpRequest::getTitle).doesNotContain("Kept title");

		mvc.perform(multipart("/hubs/content-partnerships/requests/new")
				.file(new MockMultipartFile("files", "scan.png", "image/png", AttachmentTests.PNG))
				.param("title", "With a file").param("usefulnessPlan", "Plan").param("language", "en")
				.param("needIds", need).param("action", "submit")
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		HelpRequest withFile = requests.mine(hub, requester.getId()).stream()
			.filter(r -> r.getTitle().equals("With a file")).findFirst().orElseThrow();
		assertThat(attachments.of(withFile)).extracting(Attachment::getFileName).containsExactly("scan.png");
	}

	@Test
	void theSummaryInTheWorkingLanguageStandsBesideTheRequest() throws Exception {
		mvc.perform(post(path + "/work/estimate").with(SignedIn.as(people, "staff")).with(csrf())
				.param("version", String.valueOf(requests.byId(request.getId()).orElseThrow().getVersion()))
				.param("effort", "8").param("summary", "Herbarium sheets for species articles"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(path).with(SignedIn.as(people, requester.getUsername())))
			.andExpect(content().string(containsString("Summary in English")))
			.andExpect(content().string(containsString("Herbarium sheets for species articles")));
		assertThat(requests.byId(request.getId()).orElseThrow().getEstimatedEffortHours()).isEqualByComparingTo("8");
	}

	@Test
	void theSummaryHintNamesTheWorkingLanguageInTheViewersLanguage() throws Exception {
		mvc.perform(get(path).with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("write it in English.")))
			.andExpect(content().string(not(containsString("{0}"))));
		mvc.perform(get(path + "?uselang=sv").with(SignedIn.as(people, "staff")))
			.andExpect(content().string(containsString("skriv den på engelska.")));
	}

	@Test
	void anOutcomeReportIsShownToTheRequesterOnceWritten() throws Exception {
		mvc.perform(post(path + "/work/outcome").with(SignedIn.as(people, "staff")).with(csrf())
				.param("summary", "5,000 sheets uploaded").param("links", "https://commons.wikimedia.org/wiki/Category:X\n"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(path).with(SignedIn.as(people, requester.getUsername())))
			.andExpect(content().string(containsString("5,000 sheets uploaded")))
			.andExpect(content().string(containsString("https://commons.wikimedia.org/wiki/Category:X")));
	}
}
