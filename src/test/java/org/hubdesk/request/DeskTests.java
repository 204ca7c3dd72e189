package org.hubdesk.request;


import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.canned.CannedReplies;
import org.hubdesk.request.canned.CannedReply;
import org.hubdesk.request.desk.Desk;
import org.hubdesk.request.desk.DeskLine;
import org.hubdesk.request.desk.DeskQuery;
import org.hubdesk.request.desk.SavedView;
import org.hubdesk.request.desk.SavedViews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoTest
class DeskTests {

	static final String DESK = "/hubs/content-partnerships/desk";

	@Autowired
	MockMvc mvc;

	@Autowired
	Desk desk;

	@Autowired
	Requests requests;

	@Autowired
	SavedViews views;

	@Autowired
	CannedReplies canned;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Test
	void onlyTheHubsStaffSeeTheDesk() throws Exception {
		mvc.perform(get(DESK + "?sort=number&desc=false").with(SignedIn.as(people, "staff"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Desk of Content Partnerships Hub")))
			.andExpect(content().string(containsString("CP-1")));
		mvc.perform(get(DESK).with(SignedIn.as(people, "requester"))).andExpect(status().isForbidden());
		mvc.perform(get(DESK)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void filtersNarrowTheRequestsInTheDatabase() {
		Hub hub = hub();
		long staff = staffId();
		Page<DeskLine> waiting = desk.find(hub, staff, query(null, "WAITING_FOR_REQUESTER", null, null, null));
		assertThat(waiting.getContent()).isNotEmpty()
			.allSatisfy(r -> assertThat(r.state()).isEqualTo(RequestState.WAITING_FOR_REQUESTER));
		Page<DeskLine> africa = desk.find(hub, staff, query(null, null, "SSA", null, null));
		assertThat(africa.getContent()).isNotEmpty().allSatisfy(r -> assertThat(r.title())
			.doesNotContain("Nationalmuseum"));
		Page<DeskLine> wikidata = desk.find(hub, staff, query(null, null, null, Platform.WIKIDATA, null));
		assertThat(wikidata.getTotalElements()).isPositive();
		Page<DeskLine> mine = desk.find(hub, staff, query("mine", null, null, null, null));
		assertThat(mine.getContent()).allSatisfy(r -> assertThat(r.assigneeId()).isEqualTo(staff));
		assertThat(desk.find(hub, staff, DeskQuery.of(null)).getContent())
			.noneMatch(r -> r.state() == RequestState.DRAFT);
	}

	@Test
	void theWaitingViewPutsTheLongestUnansweredFirst() {
		Page<DeskLine> waiting = desk.find(hub(), staffId(), DeskQuery.of("waiting"));
		assertThat(waiting.getContent()).isNotEmpty().allSatisfy(r -> assertThat(r.firstResponseAt()).isNull());
		var submitted = waiting.getContent().stream().map(DeskLine::submittedAt).toList();
		assertThat(submitted).isSorted();
	}

	@Test
	void theDeskPagesAndKeepsItsQueryInTheUrl() throws Exception {
		Page<DeskLine> all = desk.find(hub(), staffId(), DeskQuery.of(null));
		assertThat(all.getTotalElements()).isGreaterThan(DeskQuery.PAGE_SIZE);
		assertThat(all.getContent()).hasSize(DeskQuery.PAGE_SIZE);
		mvc.perform(get(DESK + "?page=1&sort=number&desc=false").with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 2 of")))
			.andExpect(content().string(containsString("sort=number&amp;desc=false")));
		mvc.perform(get(DESK + "?view=waiting&uselang=sv").with(SignedIn.as(people, "staff")))
			.andExpect(content().string(containsString("Har väntat på första svar i")));
	}

	@Test
	void aViewIsSavedSharedAndDeletedByItsOwner() throws Exception {
		mvc.perform(post(DESK + "/views").with(SignedIn.as(people, "staff")).with(csrf())
				.param("viewName", "Africa, waiting").param("query", "view=waiting&region=SSA").param("shared", "true"))
			.andExpect(redirectedUrl(DESK + "?view=waiting&region=SSA"));
		SavedView view = views.visibleTo(hub(), people.byUsername("admin").orElseThrow().getId()).stream()
			.filter(v -> v.getName().equals("Africa, waiting")).findFirst().orElseThrow();
		mvc.perform(get(DESK).with(SignedIn.as(people, "admin")))
			.andExpect(content().string(containsString("Africa, waiting")));
		mvc.perform(post(DESK + "/views/" + view.getId() + "/delete").with(SignedIn.as(people, "admin")).with(csrf()));
		assertThat(views.visibleTo(hub(), staffId())).extracting(SavedView::getName).contains("Africa, waiting");
		mvc.perform(post(DESK + "/views/" + view.getId() + "/delete").with(SignedIn.as(people, "staff")).with(csrf()));
		assertThat(views.visibleTo(hub(), staffId())).extracting(SavedView::getName).doesNotContain("Africa, waiting");
	}

	@Test
	void staffKeepCannedRepliesAndARefusedOneKeepsWhatWasTyped() throws Exception {
		mvc.perform(post(DESK + "/canned-replies").with(SignedIn.as(people, "staff")).with(csrf())
				.param("language", "sv").param("title", "").param("body", "Hej! Tack för din fråga."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hej! Tack för din fråga.")))
			.andExpect(content().string(containsString("Fill in this field.")));
		mvc.perform(post(DESK + "/canned-replies").with(SignedIn.as(people, "staff")).with(csrf())
				.param("language", "sv").param("title", "Hälsning").param("body", "Hej! Tack för din fråga."))
			.andExpect(redirectedUrl(DESK + "/canned-replies"));
		CannedReply reply = canned.of(hub()).stream().filter(r -> r.getTitle().equals("Hälsning")).findFirst()
			.orElseThrow();
		assertThat(canned.forLanguage(hub(), "sv").get(0).getLanguage()).isEqualTo("sv");
		mvc.perform(post(DESK + "/canned-replies/" + reply.getId() + "/delete").with(SignedIn.as(people, "requester"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(DESK + "/canned-replies/" + reply.getId() + "/delete").with(SignedIn.as(people, "staff"))
				.with(csrf()))
			.andExpect(redirectedUrl(DESK + "/canned-replies"));
		mvc.perform(get(DESK + "/canned-replies").with(SignedIn.as(people, "staff")))
			.andExpect(content().string(not(containsString("Hälsning"))));
	}

	@Test
	void assigningPutsARequestInItsAssigneesView() {
		Hub hub = hub();
		Person other = people.byUsername("admin").orElseThrow();
		HelpRequest request = requests.byId(desk.find(hub, staffId(), DeskQuery.of("unassigned")).getContent().get(0).id())
			.orElseThrow();
		requests.assign(request, request.getVersion(), other.getId(), staffId());
		assertThat(desk.find(hub, other.getId(), DeskQuery.of("mine")).getContent()).extracting(DeskLine::id)
			.contains(request.getId());
	}

	private DeskQuery query(String view, String state, String region, Platform platform, String assignee) {
		return new DeskQuery(view, state == null ? null : java.util.List.of(RequestState.valueOf(state)), null, null,
				region, platform, assignee, null, null, null, 0);
	}

	private Hub hub() {
		return hubs.bySlug("content-partnerships").orElseThrow();
	}

	private long staffId() {
		return people.byUsername("staff").orElseThrow().getId();
	}

}
