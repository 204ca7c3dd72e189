package org.hubdesk.request;

import java.util.List;
import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The request pages in the browser's place: the form, drafts, the portal and a request's page. */
@DemoTest
class RequestPagesTests {

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
	long needId;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = people.byUsername("requester").orElseThrow();
		people.changeLanguage(requester.getId(), "sv");
		staff = people.byUsername("staff").orElseThrow();
		people.changeLanguage(staff.getId(), "en");
		List<NeedNode> codebook = hubs.codebook(hub);
		needId = codebook.get(0).children().get(0).need().getId();
	}

	@Test
	void aRefusedSubmissionKeepsWhatWasTypedAndExplainsInSwedish() throws Exception {
		mvc.perform(post(HUB + "/requests/new").with(SignedIn.as(people, "requester")).with(csrf())
			.param("action", "submit")
			.param("title", "Stadsmuseets vykort")
			.param("partnerName", "Stadsmuseet")
			.param("needIds", String.valueOf(needId))
			.param("language", "sv")
			.param("description", "Ungefär 3 000 vykort från 1900-talet"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Stadsmuseets vykort\"")))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape("Ungefär 3 000 vykort från 1900-talet"))))
			.andExpect(content().string(containsString("id=\"usefulnessPlan-error\"")))
			.andExpect(content().string(containsString("Berätta var på plattformarna innehållet kommer att användas.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(post(HUB + "/requests/new").with(SignedIn.as(people, "requester")).with(csrf())
			.param("action", "draft").param("title", "Med fel").param("partnerQid", "X12")
			.param("coRequesters", "nobody-by-this-name"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"X12\"")))
			.andExpect(content().string(containsString("Ett Wikidataobjekt")));
	}

	@Test
	void anUnknownCoRequesterIsNamedAtItsField() throws Exception {
		mvc.perform(post(HUB + "/requests/new").with(SignedIn.as(people, "requester")).with(csrf())
			.param("action", "draft").param("title", "Tillsammans").param("coRequesters", "requester2, nobody-xyz"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"coRequesters-error\"")))
			.andExpect(content().string(containsString("Ingen har det användarnamnet.")))
			.andExpect(content().string(containsString("value=\"requester2, nobody-xyz\"")));
	}

	@Test
	void aDraftIsSavedResumedAndSubmitted() throws Exception {
		MvcResult saved = mvc.perform(post(HUB + "/requests/new").with(SignedIn.as(people, "requester")).with(csrf())
			.param("action", "draft").param("title", "Utkast om kartor").param("language", "sv"))
			.andExpect(redirectedUrlPattern(HUB + "/requests/drafts/*"))
			.andReturn();
		String draftPath = saved.getResponse().getRedirectedUrl();
		mvc.perform(get(draftPath).with(SignedIn.as(people, "requester")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Utkast om kartor\"")));
		mvc.perform(get(draftPath).with(SignedIn.as(people, "requester2"))).andExpect(status().isNotFound());
		mvc.perform(get(draftPath).with(SignedIn.as(people, "staff"))).andExpect(status().isNotFound());
		mvc.perform(get(HUB + "/requests").with(SignedIn.as(people, "requester")))
			.andExpect(content().string(containsString("Utkast om kartor")))
			.andExpect(content().string(containsString("Utkast, inte inskickat")));
		long id = Long.parseLong(draftPath.substring(draftPath.lastIndexOf('/') + 1));
		HelpRequest draft = requests.byId(id).orElseThrow();
		MvcResult submitted = mvc.perform(post(draftPath).with(SignedIn.as(people, "requester")).with(csrf())
			.param("action", "submit").param("version", String.valueOf(draft.getVersion()))
			.param("title", "Kartor från lantmäteriet").param("language", "sv")
			.param("needIds", String.valueOf(needId)).param("platforms", "COMMONS", "WIKIDATA")
			.param("rightsStatus", "CLEARED").param("usefulnessPlan", "Artiklar om socknar")
			.param("partnerName", "Lantmäteriet").param("partnerQid", "Q1798125"))
			.andExpect(redirectedUrlPattern(HUB + "/requests/*"))
			.andReturn();
		HelpRequest request = requests.byId(id).orElseThrow();
		assertThat(request.getState()).isEqualTo(RequestState.SUBMITTED);
		assertThat(submitted.getResponse().getRedirectedUrl()).endsWith("/requests/" + request.getNumber());
		mvc.perform(get(HUB + "/requests/" + request.getNumber()).with(SignedIn.as(people, "requester")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CP-" + request.getNumber())))
			.andExpect(content().string(containsString("Kartor från lantmäteriet")))
			.andExpect(content().string(containsString("https://www.wikidata.org/wiki/Q1798125")))
			.andExpect(content().string(containsString("Artiklar om socknar")))
			.andExpect(content().string(containsString("Wikimedia Commons")));
	}

	@Test
	void staffFileARequestOnSomeonesBehalf() throws Exception {
		mvc.perform(post(HUB + "/requests/new").with(SignedIn.as(people, "staff")).with(csrf())
			.param("action", "draft").param("title", "Behalf").param("onBehalfOf", "nobody-at-all"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"onBehalfOf-error\"")))
			.andExpect(content().string(containsString("Nobody has this username.")));
		MvcResult result = mvc.perform(post(HUB + "/requests/new").with(SignedIn.as(people, "staff")).with(csrf())
			.param("action", "submit").param("title", "Asked by phone").param("onBehalfOf", "requester2")
			.param("language", "en").param("needIds", String.valueOf(needId)).param("usefulnessPlan", "Articles"))
			.andExpect(redirectedUrlPattern(HUB + "/requests/*"))
			.andReturn();
		String path = result.getResponse().getRedirectedUrl();
		int number = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
		HelpRequest request = requests.byNumber(hub, number).orElseThrow();
		assertThat(request.getRequesterId()).isEqualTo(people.byUsername("requester2").orElseThrow().getId());
		assertThat(request.getCreatedById()).isEqualTo(staff.getId());
		mvc.perform(get(HUB + "/requests").with(SignedIn.as(people, "requester2")))
			.andExpect(content().string(containsString("Asked by phone")));
	}

	@Test
	void anotherRequesterGetsNotFound() throws Exception {
		HelpRequest request = submitted("Bara mitt");
		mvc.perform(get(path(request)).with(SignedIn.as(people, "requester2"))).andExpect(status().isNotFound());
		mvc.perform(post(path(request) + "/messages").with(SignedIn.as(people, "requester2")).with(csrf())
			.param("body", "let me in").param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(get(path(request)).with(SignedIn.as(people, "requester"))).andExpect(status().isOk());
	}

	@Test
	void internalNotesReachStaffNeverTheRequester() throws Exception {
		HelpRequest request = submitted("Anteckningar");
		mvc.perform(post(path(request) + "/messages").with(SignedIn.as(people, "staff")).with(csrf())
			.param("body", "Partner seems hesitant about CC BY-SA").param("visibility", "internal")
			.param("version", String.valueOf(request.getVersion())))
			.andExpect(redirectedUrlPattern(HUB + "/requests/*"));
		HelpRequest fresh = requests.byId(request.getId()).orElseThrow();
		mvc.perform(post(path(request) + "/messages").with(SignedIn.as(people, "staff")).with(csrf())
			.param("body", "Thank you, we are looking at it").param("visibility", "public")
			.param("version", String.valueOf(fresh.getVersion())))
			.andExpect(redirectedUrlPattern(HUB + "/requests/*"));
		mvc.perform(get(path(request)).with(SignedIn.as(people, "staff")))
			.andExpect(content().string(containsString("Partner seems hesitant about CC BY-SA")))
			.andExpect(content().string(containsString("Internal note")))
			.andExpect(content().string(containsString("Thank you, we are looking at it")));
		mvc.perform(get(path(request)).with(SignedIn.as(people, "requester")))
			.andExpect(content().string(not(containsString("Partner seems hesitant"))))
			.andExpect(content().string(not(containsString("Intern anteckning"))))
			.andExpect(content().string(containsString("Thank you, we are looking at it")));
		mvc.perform(post(path(request) + "/messages").with(SignedIn.as(people, "requester")).with(csrf())
			.param("body", "Sneaky note").param("visibility", "internal").param("version", "0"))
			.andExpect(redirectedUrlPattern(HUB + "/requests/*"));
		assertThat(requests.messages(request, true)).filteredOn(m -> m.getBody().equals("Sneaky note"))
			.allMatch(m -> !m.isInternal());
	}

	@Test
	void staffTransitionsWithAReasonAndIllegalOnesAreRefused() throws Exception {
		HelpRequest request = submitted("Övergångar");
		mvc.perform(post(path(request) + "/transition").with(SignedIn.as(people, "staff")).with(csrf())
			.param("to", "ACCEPTED").param("reason", "Too early").param("version", String.valueOf(request.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"to-error\"")))
			.andExpect(content().string(containsString("The request cannot move to that state from where it is now.")))
			.andExpect(content().string(containsString("Too early")));
		mvc.perform(post(path(request) + "/transition").with(SignedIn.as(people, "staff")).with(csrf())
			.param("to", "TRIAGE").param("reason", "").param("version", String.valueOf(request.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		mvc.perform(post(path(request) + "/transition").with(SignedIn.as(people, "staff")).with(csrf())
			.param("to", "TRIAGE").param("reason", "Looks like a good fit")
			.param("version", String.valueOf(request.getVersion())))
			.andExpect(redirectedUrlPattern(HUB + "/requests/*"));
		assertThat(requests.byId(request.getId()).orElseThrow().getState()).isEqualTo(RequestState.TRIAGE);
		mvc.perform(get(path(request)).with(SignedIn.as(people, "requester")))
			.andExpect(content().string(containsString("Läget ändrades från Inskickad till Granskas")))
			.andExpect(content().string(containsString("Looks like a good fit")));
		mvc.perform(post(path(request) + "/transition").with(SignedIn.as(people, "requester")).with(csrf())
			.param("to", "CLOSED").param("reason", "mine").param("version", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aStaleVersionShowsTheConflictAndKeepsWhatWasTyped() throws Exception {
		HelpRequest request = submitted("Samtidigt");
		long loaded = request.getVersion();
		requests.transition(request, loaded, RequestState.TRIAGE, staff.getId(), "first", null, null);
		mvc.perform(post(path(request) + "/transition").with(SignedIn.as(people, "staff")).with(csrf())
			.param("to", "WAITING_FOR_REQUESTER").param("reason", "How many photographs are there?")
			.param("version", String.valueOf(loaded)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this request")))
			.andExpect(content().string(containsString("How many photographs are there?")));
		mvc.perform(post(path(request) + "/withdraw").with(SignedIn.as(people, "requester")).with(csrf())
			.param("reason", "Vi hittade hjälp").param("version", String.valueOf(loaded)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Någon annan ändrade förfrågan")))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape("Vi hittade hjälp"))));
		assertThat(requests.byId(request.getId()).orElseThrow().getState()).isEqualTo(RequestState.TRIAGE);
	}

	@Test
	void aRequestersAnswerReturnsTheRequestToTriage() throws Exception {
		HelpRequest request = submitted("Frågor");
		HelpRequest waiting = requests.transition(request, request.getVersion(), RequestState.WAITING_FOR_REQUESTER,
				staff.getId(), "How many photographs?", null, null);
		mvc.perform(get(HUB + "/requests").with(SignedIn.as(people, "requester")))
			.andExpect(content().string(containsString("Väntar på dig")));
		mvc.perform(post(path(request) + "/messages").with(SignedIn.as(people, "requester")).with(csrf())
			.param("body", "Ungefär 2 000").param("version", String.valueOf(waiting.getVersion())))
			.andExpect(redirectedUrlPattern(HUB + "/requests/*"));
		assertThat(requests.byId(request.getId()).orElseThrow().getState()).isEqualTo(RequestState.TRIAGE);
		mvc.perform(get(path(request)).with(SignedIn.as(people, "requester")))
			.andExpect(content().string(containsString("Ungefär 2 000")))
			.andExpect(content().string(containsString("Läget ändrades från Väntar på frågeställaren till Granskas")));
	}

	@Test
	void theRequesterWithdraws() throws Exception {
		HelpRequest request = submitted("Tillbaka");
		mvc.perform(post(path(request) + "/withdraw").with(SignedIn.as(people, "requester")).with(csrf())
			.param("reason", "Vi hittade hjälp").param("version", String.valueOf(request.getVersion())))
			.andExpect(redirectedUrlPattern(HUB + "/requests/*"));
		assertThat(requests.byId(request.getId()).orElseThrow().getState()).isEqualTo(RequestState.WITHDRAWN);
		mvc.perform(get(path(request)).with(SignedIn.as(people, "requester")))
			.andExpect(content().string(containsString("Tillbakadragen av frågeställaren")))
			.andExpect(content().string(containsString("Vi hittade hjälp")))
			.andExpect(content().string(not(containsString("id=\"withdraw-reason\""))));
		mvc.perform(get(HUB + "/requests").with(SignedIn.as(people, "requester")))
			.andExpect(content().string(containsString("Avslutad")));
		// the same form sent again from another tab: refused, with a word and the reason still there
		mvc.perform(post(path(request) + "/withdraw").with(SignedIn.as(people, "requester")).with(csrf())
			.param("reason", "Andra fliken").param("version", String.valueOf(request.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Förfrågan kan inte längre dras tillbaka")))
			.andExpect(content().string(containsString("Andra fliken")))
			.andExpect(content().string(not(containsString(">Dra tillbaka</button>"))));
	}

	@Test
	void staffAssignAndSeeTheFormsTheRequesterDoesNot() throws Exception {
		HelpRequest request = submitted("Tilldelning");
		mvc.perform(get(path(request)).with(SignedIn.as(people, "requester")))
			.andExpect(content().string(not(containsString("id=\"transition-to\""))))
			.andExpect(content().string(not(containsString("id=\"assign-assignee\""))))
			.andExpect(content().string(not(containsString("id=\"reply-internal\""))));
		mvc.perform(post(path(request) + "/assign").with(SignedIn.as(people, "staff")).with(csrf())
			.param("assignee", String.valueOf(staff.getId())).param("version", String.valueOf(request.getVersion())))
			.andExpect(redirectedUrlPattern(HUB + "/requests/*"));
		assertThat(requests.byId(request.getId()).orElseThrow().getAssigneeId()).isEqualTo(staff.getId());
	}

	private HelpRequest submitted(String title) {
		RequestDetails details = new RequestDetails(title, null, null, "Stadsmuseet", null, "Fotografier", null,
				RightsStatus.UNKNOWN, Set.of(Platform.COMMONS), "Artiklar om staden", null, "sv", null, null, false,
				Set.of(needId));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		return requests.submit(hub, draft, draft.getVersion(), requester.getId());
	}

	private String path(HelpRequest request) {
		return HUB + "/requests/" + request.getNumber();
	}
}
