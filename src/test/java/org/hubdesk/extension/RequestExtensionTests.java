package org.hubdesk.extension;

import java.util.Map;
import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.Audience;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestTimeline;
import org.hubdesk.request.Requests;
import org.hubdesk.request.RightsStatus;
import org.hubdesk.request.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A module outside {@code request} ({@link ExtensionContributions}) puts a panel on a request's page
 * and records entries on its timeline; the page and the API show them to whom they are meant for.
 */
@DemoTest
class RequestExtensionTests {

	static final String HUB = "/hubs/content-partnerships";
	static final String API = "/api/v1/hubs/content-partnerships/requests/";

	@Autowired
	MockMvc mvc;

	@Autowired
	Requests requests;

	@Autowired
	RequestTimeline timeline;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	ApiTokens tokens;

	Hub hub;
	Person requester;
	Person staff;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = people.byUsername("requester").orElseThrow();
		staff = people.byUsername("staff").orElseThrow();
	}

	@Test
	void thePanelAppearsForTheViewerItChoseAndNotForAnother() throws Exception {
		HelpRequest request = submitted(ExtensionContributions.MARK + "panel");
		String rubric = "rubric-of-" + request.getNumber();
		mvc.perform(get(path(request) + "?uselang=en").with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"extension-panel\"")))
			.andExpect(content().string(containsString("Committee rubric")))
			.andExpect(content().string(containsString(rubric)));
		mvc.perform(get(path(request) + "?uselang=sv").with(SignedIn.as(people, "staff")))
			.andExpect(content().string(containsString("Kommitténs bedömning")));
		mvc.perform(get(path(request) + "?uselang=en").with(SignedIn.as(people, "requester")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("extension-panel"))))
			.andExpect(content().string(not(containsString(rubric))));
	}

	@Test
	void anEntryRecordedByAnotherModuleIsWordedInTheViewersLanguage() throws Exception {
		HelpRequest request = submitted(ExtensionContributions.MARK + "decision");
		timeline.record(request, ExtensionContributions.DECISION, staff.getId(),
				Map.of("outcome", "approved", "reason", "Fits the hub's priorities"), Audience.EVERYONE);
		mvc.perform(get(path(request) + "?uselang=en").with(SignedIn.as(people, "requester")))
			.andExpect(content().string(containsString("The committee decided: approved")))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape("Fits the hub's priorities"))));
		mvc.perform(get(path(request) + "?uselang=sv").with(SignedIn.as(people, "requester")))
			.andExpect(content().string(containsString("Kommittén beslutade: approved")))
			.andExpect(content().string(not(containsString("The committee decided"))));
		mvc.perform(get(API + request.getNumber() + "?uselang=sv").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("requester")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline[*].kind", hasItem("extension.decision")))
			.andExpect(jsonPath("$.timeline[*].text", hasItem("Kommittén beslutade: approved")))
			.andExpect(jsonPath("$.timeline[*].facts.outcome", hasItem("approved")));
		assertThat(timeline.of(request, Set.of(Audience.EVERYONE)))
			.filteredOn(e -> "extension.decision".equals(e.getKindKey()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getKind()).isNull();
				assertThat(e.getFacts()).containsEntry("outcome", "approved");
				assertThat(e.getActorId()).isEqualTo(staff.getId());
			});
	}

	@Test
	void aStaffOnlyEntryIsHiddenFromTheRequesterOnThePageAndInTheApi() throws Exception {
		HelpRequest request = submitted(ExtensionContributions.MARK + "staff only");
		timeline.record(request, ExtensionContributions.DECISION, staff.getId(), Map.of("outcome", "withheld-for-staff"),
				Audience.STAFF);
		mvc.perform(get(path(request) + "?uselang=en").with(SignedIn.as(people, "staff")))
			.andExpect(content().string(containsString("The committee decided: withheld-for-staff")));
		mvc.perform(get(path(request) + "?uselang=en").with(SignedIn.as(people, "requester")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("withheld-for-staff"))));
		mvc.perform(get(API + request.getNumber()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token("staff")))
			.andExpect(jsonPath("$.timeline[*].facts.outcome", hasItem("withheld-for-staff")))
			.andExpect(jsonPath("$.timeline[*].audience", hasItem("STAFF")));
		mvc.perform(get(API + request.getNumber()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token("requester")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline[*].key", hasItem("request.SUBMITTED")))
			.andExpect(content().string(not(containsString("withheld-for-staff"))))
			.andExpect(content().string(not(containsString("extension.decision"))));
	}

	@Test
	void onlyAContributedKindIsRecorded() {
		HelpRequest request = submitted(ExtensionContributions.MARK + "unknown kind");
		assertThatThrownBy(() -> timeline.record(request, new Unknown(), null, Map.of(), Audience.EVERYONE))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(timeline.of(request, Set.of(Audience.values()))).extracting(TimelineEntry::getKindKey)
			.doesNotContain("extension.unknown");
	}

	/** A kind no module contributes. */
	private static final class Unknown implements org.hubdesk.request.TimelineKind {

		@Override
		public String key() {
			return "extension.unknown";
		}

		@Override
		public String word(Map<String, String> facts, org.springframework.context.MessageSource messages,
				java.util.Locale locale) {
			return "unknown";
		}
	}

	private HelpRequest submitted(String title) {
		long needId = hubs.codebook(hub).get(0).children().get(0).need().getId();
		RequestDetails details = new RequestDetails(title, null, null, "Stadsmuseet", null, "Fotografier", null,
				RightsStatus.UNKNOWN, Set.of(Platform.COMMONS), "Artiklar om staden", null, "sv", null, null, false,
				Set.of(needId));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		return requests.submit(hub, draft, draft.getVersion(), requester.getId());
	}

	private String token(String username) {
		return tokens.create(people.byUsername(username).orElseThrow().getId(), "tests").secret();
	}

	private static String path(HelpRequest request) {
		return HUB + "/requests/" + request.getNumber();
	}
}
