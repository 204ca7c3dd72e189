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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every text of a form is checked against the column it is kept in: too long, it comes back with
 * what was typed and a message at its field, in the person's language, instead of a failure.
 */
@DemoTest
class FormLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Requests requests;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	CannedReplies canned;

	Hub hub;
	Person requester;
	Person staff;
	String path;
	HelpRequest request;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = SignedIn.newPerson(people, "limited");
		staff = people.byUsername("staff").orElseThrow();
		RequestDetails details = new RequestDetails("Limits", null, null, "Nationalmuseum", null, "portraits", "10",
				RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Biographies", null, "en", null, null, false,
				Set.of(hubs.codebook(hub).get(0).need().getId()));
		HelpRequest r = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		r = requests.submit(hub, r, r.getVersion(), requester.getId());
		r = requests.transition(r, r.getVersion(), RequestState.TRIAGE, staff.getId(), "triage", null, null);
		r = requests.transition(r, r.getVersion(), RequestState.IN_REVIEW, staff.getId(), "review", null, null);
		// the demo hub's committee decides: its chair accepts the request
		request = requests.move(r, r.getVersion(), Mover.COMMITTEE, RequestState.ACCEPTED,
				people.byUsername("chair").orElseThrow().getId(), "accept");
		path = "/hubs/content-partnerships/requests/" + request.getNumber();
	}

	@Test
	void aCannedReplyOverItsLimitComesBackWithTheLimitAtItsField() throws Exception {
		String body = "Hej " + "x".repeat(10_001 - 4);
		mvc.perform(post("/hubs/content-partnerships/desk/canned-replies").with(SignedIn.as(people, "staff"))
				.with(csrf()).param("language", "sv").param("title", "Long one").param("body", body)
				.queryParam("uselang", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"body-error\"")))
			.andExpect(content().string(containsString("använd högst 10")))
			.andExpect(content().string(containsString("000 tecken")))
			.andExpect(content().string(containsString(body)))
			.andExpect(content().string(containsString("value=\"Long one\"")));
		assertThat(canned.of(hub)).extracting(c -> c.getTitle()).doesNotContain("Long one");
	}

	@Test
	void aMilestoneTitleOverItsLimitComesBackAtItsField() throws Exception {
		String title = "m".repeat(301);
		MvcResult refused = mvc.perform(post(path + "/work/milestones").with(SignedIn.as(people, "staff")).with(csrf())
				.param("title", title).param("due", "2027-01-31"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("workField", "milestoneTitle"))
			.andExpect(flash().attribute("workInput", Map.of("milestoneTitle", title, "milestoneDue", "2027-01-31")))
			.andReturn();
		mvc.perform(get(path).flashAttrs(refused.getFlashMap()).with(SignedIn.as(people, "staff")))
			.andExpect(content().string(containsString("id=\"work-milestoneTitle-error\"")))
			.andExpect(content().string(containsString("use at most 300 characters")))
			.andExpect(content().string(containsString("value=\"" + title + "\"")))
			.andExpect(content().string(containsString("value=\"2027-01-31\"")));
	}

	@Test
	void aDueDateOutOfRangeComesBackAtItsField() throws Exception {
		mvc.perform(post(path + "/work/milestones").with(SignedIn.as(people, "staff")).with(csrf())
				.param("title", "Far away").param("due", "-999999999-01-01"))
			.andExpect(flash().attribute("workField", "milestoneDue"));
		mvc.perform(post(path + "/work/hours").with(SignedIn.as(people, "staff")).with(csrf())
				.param("hours", "1").param("date", "+999999999-12-31"))
			.andExpect(flash().attribute("workField", "workDate"));
		mvc.perform(post(path + "/work/hours").with(SignedIn.as(people, "staff")).with(csrf())
				.param("hours", "1").param("date", "yesterday"))
			.andExpect(flash().attribute("workField", "workDate"));
	}

	@Test
	void anHoursNoteOverItsLimitComesBack() throws Exception {
		mvc.perform(post(path + "/work/hours").with(SignedIn.as(people, "staff")).with(csrf())
				.param("hours", "1").param("date", java.time.LocalDate.now().toString()).param("note", "n".repeat(501)))
			.andExpect(flash().attribute("workField", "note"))
			.andExpect(flash().attribute("workError", containsString("500")));
	}

	@Test
	void anOutcomeOverItsLimitsComesBack() throws Exception {
		mvc.perform(post(path + "/work/outcome").with(SignedIn.as(people, "staff")).with(csrf())
				.param("summary", "s".repeat(20_001)).param("links", "https://commons.wikimedia.org/"))
			.andExpect(flash().attribute("workField", "outcomeSummary"))
			.andExpect(flash().attribute("workError", containsString("20,000")));
		String links = ("https://commons.wikimedia.org/wiki/Category:" + "x".repeat(60) + "\n").repeat(100);
		mvc.perform(post(path + "/work/outcome").with(SignedIn.as(people, "staff")).with(csrf())
				.param("summary", "Done").param("links", links))
			.andExpect(flash().attribute("workField", "outcomeLinks"))
			.andExpect(flash().attribute("workError", containsString("10,000")));
	}

	@Test
	void anEffortSummaryOverItsLimitSavesNeitherHalf() throws Exception {
		mvc.perform(post(path + "/work/estimate").with(SignedIn.as(people, "staff")).with(csrf())
				.param("version", String.valueOf(request.getVersion())).param("effort", "12")
				.param("summary", "s".repeat(10_001)))
			.andExpect(flash().attribute("workField", "summary"))
			.andExpect(flash().attribute("workError", containsString("10,000")));
		assertThat(requests.byId(request.getId()).orElseThrow().getEstimatedEffortHours()).isNull();
	}

	@Test
	void aVersionThatCannotBeReadIsAConflictThatKeepsTheText() throws Exception {
		for (String version : new String[] { "NaN", "9223372036854775808", "2026-02-30" }) {
			mvc.perform(post(path + "/work/estimate").with(SignedIn.as(people, "staff")).with(csrf())
					.param("version", version).param("effort", "12").param("summary", "Kept summary"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("workInput", Map.of("effort", "12", "summary", "Kept summary")));
			mvc.perform(post(path + "/work/tags").with(SignedIn.as(people, "staff")).with(csrf())
					.param("version", version).param("tags", "kept"))
				.andExpect(flash().attribute("workInput", Map.of("tags", "kept")));
		}
		assertThat(requests.byId(request.getId()).orElseThrow().getEstimatedEffortHours()).isNull();
	}

	@Test
	void tooManyTagsOrPartsAreRefusedWithTheirLimit() throws Exception {
		StringBuilder tags = new StringBuilder();
		for (int i = 0; i < 51; i++) {
			tags.append("tag").append(i).append(',');
		}
		mvc.perform(post(path + "/work/tags").with(SignedIn.as(people, "staff")).with(csrf())
				.param("version", String.valueOf(request.getVersion())).param("tags", tags.toString()))
			.andExpect(flash().attribute("workField", "tags"));
		mvc.perform(post(path + "/work/split").with(SignedIn.as(people, "staff")).with(csrf())
				.param("parts", "part\n".repeat(51)))
			.andExpect(flash().attribute("workField", "parts"));
	}

	@Test
	void aWikidataItemLongerThanItsColumnIsRefusedAtItsField() throws Exception {
		String need = String.valueOf(hubs.codebook(hub).get(0).need().getId());
		mvc.perform(post("/hubs/content-partnerships/requests/new").with(SignedIn.as(people, requester.getUsername()))
				.with(csrf()).param("title", "Long item").param("partnerQid", "Q" + "1".repeat(25))
				.param("usefulnessPlan", "Plan").param("language", "en").param("needIds", need)
				.param("action", "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Long item\"")))
			.andExpect(content().string(containsString("A Wikidata item is Q followed by digits")));
		assertThat(requests.mine(hub, requester.getId())).extracting(HelpRequest::getTitle).doesNotContain("Long item");
	}

	@Test
	void aHubsLanguagesLongerThanTheirColumnAreRefusedAtTheirField() throws Exception {
		String slug = "many-languages-" + System.nanoTime();
		String languages = "en, " + "sv, ".repeat(70);
		mvc.perform(post("/admin/hubs").with(SignedIn.as(people, "admin")).with(csrf())
				.param("template", "content-partnerships").param("slug", slug).param("name", "Many languages")
				.param("numberPrefix", SignedIn.randomPrefix()).param("languages", languages)
				.param("defaultLanguage", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Many languages\"")))
			.andExpect(content().string(containsString("use at most 200 characters")));
		assertThat(hubs.bySlug(slug)).isEmpty();
	}

	@Test
	void aConversionFailureOnAFormSpeaksThePersonsLanguageWithoutTypeNames() throws Exception {
		mvc.perform(post(path + "/transition").with(SignedIn.as(people, "staff")).with(csrf())
				.param("version", String.valueOf(request.getVersion())).param("to", "NOPE")
				.param("reason", "typed reason").queryParam("uselang", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Det här värdet går inte här")))
			.andExpect(content().string(containsString("typed reason")))
			.andExpect(content().string(not(containsString("Failed to convert"))))
			.andExpect(content().string(not(containsString("org.hubdesk"))));
		String need = String.valueOf(hubs.codebook(hub).get(0).need().getId());
		mvc.perform(post("/hubs/content-partnerships/requests/new").with(SignedIn.as(people, requester.getUsername()))
				.with(csrf()).param("title", "Typed title").param("affiliateId", "abc").param("rightsStatus", "MAYBE")
				.param("needIds", need, "x").param("platforms", "MARS").param("version", "v1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Typed title\"")))
			.andExpect(content().string(containsString("This value is not valid here")))
			.andExpect(content().string(not(containsString("Failed to convert"))))
			.andExpect(content().string(not(containsString("java.lang"))));
	}
}
