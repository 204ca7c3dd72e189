package org.hubdesk.search;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoTest
class HubSearchTests {

	@Autowired
	HubSearch search;

	@Autowired
	Requests requests;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.hubdesk.request.RequestWork work;

	Hub hub;
	Person requester;
	Person other;
	long staff;
	String nonce;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = SignedIn.newPerson(people, "seeker");
		other = SignedIn.newPerson(people, "outsider");
		staff = people.byUsername("staff").orElseThrow().getId();
		nonce = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void swedishAndEnglishWordsAreFoundByTheirStems() {
		submitted(nonce + " partnerskap med länsmuseet", "Bilder", null);
		submitted(nonce + " a partnership with the archive", "Pictures", null);
		assertThat(titles(requester, nonce + " partnerskapen")).singleElement().asString().contains("länsmuseet");
		assertThat(titles(requester, nonce + " partnerships")).singleElement().asString().contains("archive");
	}

	@Test
	void diacriticsAreFolded() {
		submitted(nonce + " vykort", "Vykort från Göteborg och Malmö", null);
		assertThat(titles(requester, nonce + " Goteborg")).hasSize(1);
		assertThat(titles(requester, nonce + " malmo")).hasSize(1);
	}

	@Test
	void requestNumbersAndWikidataItemsMatchExactly() {
		HelpRequest request = submitted(nonce + " portraits", "Portraits", "Q" + (900000 + Math.abs(nonce.hashCode() % 99999)));
		assertThat(titles(requester, "CP-" + request.getNumber())).first().asString()
			.startsWith("CP-" + request.getNumber() + " ");
		assertThat(titles(requester, request.getPartnerQid())).singleElement().asString().contains(nonce);
	}

	@Test
	void aTitleMatchRanksAboveAPassingMention() {
		submitted(nonce + " notes", "A passing mention of herbarium sheets somewhere in the text", null);
		submitted(nonce + " herbarium", "Scans", null);
		assertThat(titles(requester, nonce + " herbarium")).first().asString().endsWith(nonce + " herbarium");
	}

	@Test
	void nobodyFindsWhatTheyMayNotReadNotEvenInCountsOrSuggestions() {
		submitted(nonce + " hemlig", "Confidential partner talks", null);
		SearchResults theirs = search.search(viewer(other.getId()), nonce, null, null, 0);
		assertThat(theirs.counts().values()).allMatch(c -> c == 0);
		assertThat(theirs.hits()).isEmpty();
		assertThat(search.suggest(viewer(other.getId()), nonce)).isEmpty();
		assertThat(search.suggest(viewer(requester.getId()), nonce)).hasSize(1);
		assertThat(search.search(viewer(staff), nonce, null, null, 0).counts().get("request")).isEqualTo(1);
	}

	@Test
	void internalNotesAreFoundByStaffOnly() {
		HelpRequest request = submitted(nonce + " noted", "Scans", null);
		requests.post(request, staff, true, nonce + " the partner hesitates about licences", true);
		requests.post(request, staff, true, nonce + " thank you for the request", false);
		SearchResults asStaff = search.search(viewer(staff), nonce + " hesitates", "note", null, 0);
		assertThat(asStaff.hits()).singleElement().satisfies(h -> {
			assertThat(h.kind()).isEqualTo("note");
			assertThat(h.snippetHtml()).contains("<mark>hesitates</mark>");
		});
		SearchResults asRequester = search.search(viewer(requester.getId()), nonce + " hesitates", "note", null, 0);
		assertThat(asRequester.counts()).doesNotContainKey("note");
		assertThat(asRequester.counts().values()).allMatch(c -> c == 0);
		assertThat(search.search(viewer(staff), nonce + " thank", "message", null, 0).hits()).as("staff").hasSize(1);
		assertThat(search.search(viewer(requester.getId()), nonce + " thank", "message", null, 0).hits())
			.hasSize(1);
	}

	@Test
	void thePageAndTheApiAnswerWithTheSameRules() throws Exception {
		submitted(nonce + " kartor", "Kartor", null);
		mvc.perform(get("/hubs/content-partnerships/search?q=" + nonce).with(SignedIn.as(people, requester.getUsername())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>" + nonce + "</mark>")));
		mvc.perform(get("/hubs/content-partnerships/search?q=" + nonce).with(SignedIn.as(people, other.getUsername())))
			.andExpect(content().string(not(containsString(nonce + " kartor"))));
		mvc.perform(get("/api/v1/hubs/content-partnerships/search?q=" + nonce).with(SignedIn.as(people, "requester2")))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/hubs/content-partnerships/search?q=" + nonce).with(SignedIn.as(people, "staff")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].kind").value("request"));
	}

	@Test
	void theIndexIsRebuiltFromTheDatabaseOnDemandAndOnlyByTheInstanceAdmin() throws Exception {
		submitted(nonce + " rebuilt", "Scans", null);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/search/rebuild")
				.with(SignedIn.as(people, "staff"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/search/rebuild")
				.with(SignedIn.as(people, "admin"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(titles(requester, nonce + " rebuilt")).hasSize(1);
	}

	@Test
	void filtersNarrowByStateKindOfHelpPeriodAndTags() {
		HelpRequest request = submitted(nonce + " filtered", "Scans", null);
		requests.transition(request, request.getVersion(), RequestState.TRIAGE, staff, "looking", null, null);
		HelpRequest tagged = requests.byId(request.getId()).orElseThrow();
		work.tag(tagged, tagged.getVersion(), List.of(nonce + "tag"), staff);
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		assertThat(count(new SearchFilters(RequestState.TRIAGE, null, null, null))).isEqualTo(1);
		assertThat(count(new SearchFilters(RequestState.ACCEPTED, null, null, null))).isZero();
		assertThat(count(new SearchFilters(null, hubs.codebook(hub).get(0).need().getId(), today, today))).isEqualTo(1);
		assertThat(count(new SearchFilters(null, hubs.codebook(hub).get(1).need().getId(), null, null))).isZero();
		assertThat(count(new SearchFilters(null, null, today.plusDays(1), null))).isZero();
		assertThat(search.search(viewer(staff), nonce + "tag", "request", null, 0).hits()).hasSize(1);
	}

	@Test
	void nobodyFindsARequestByTheStaffsTagsButStaff() throws Exception {
		HelpRequest request = submitted(nonce + " tagged", "Scans", null);
		requests.transition(request, request.getVersion(), RequestState.TRIAGE, staff, "looking", null, null);
		HelpRequest tagged = requests.byId(request.getId()).orElseThrow();
		work.tag(tagged, tagged.getVersion(), List.of(nonce + "-difficult"), staff);
		assertThat(search.search(viewer(staff), nonce + "-difficult", "request", null, 0).hits()).hasSize(1);
		SearchResults asRequester = search.search(viewer(requester.getId()), nonce + "-difficult", null, null, 0);
		assertThat(asRequester.counts().values()).allMatch(c -> c == 0);
		assertThat(asRequester.hits()).isEmpty();
		assertThat(titles(requester, nonce)).hasSize(1);
		mvc.perform(get("/api/v1/hubs/content-partnerships/search").param("q", nonce + "-difficult")
				.with(SignedIn.as(people, requester.getUsername())))
			.andExpect(jsonPath("$.total").value(0));
	}

	private HubViewer viewer(long personId) {
		return new HubViewer(hub, personId, hubs.rolesOf(hub, personId));
	}

	private long count(SearchFilters filters) {
		return search.search(viewer(staff), nonce, "request", filters, 0).total();
	}

	private List<String> titles(Person viewer, String q) {
		return search.search(viewer(viewer.getId()), q, "request", null, 0).hits().stream().map(SearchHit::title)
			.toList();
	}

	private HelpRequest submitted(String title, String description, String qid) {
		RequestDetails details = new RequestDetails(title, null, null, "Museum", qid, "photographs", "100",
				RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Articles on Wikipedia", null, "sv", null, description,
				false, Set.of(hubs.codebook(hub).get(0).need().getId()));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		return requests.submit(hub, draft, draft.getVersion(), requester.getId());
	}
}
