package org.hubdesk.committee;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Meeting;
import org.hubdesk.committee.internal.Review;
import org.hubdesk.committee.internal.Reviews;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The ranking page shows each viewer what is theirs: the chair every row with why it stands there,
 * a member the rows of what they scored, staff the order without scores, nobody the row of a
 * request they are conflicted on.
 */
@DemoTest
class CommitteeRankingPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	Requests requests;

	@Autowired
	Agenda agenda;

	@Autowired
	Rubrics rubrics;

	@Autowired
	Reviews reviews;

	CommitteeHub committee;
	Hub hub;
	Person chair;
	Person one;
	Person two;
	Person staff;
	String ranking;

	@BeforeEach
	void setUp() {
		committee = new CommitteeHub(hubs, people, requests, "ranking");
		hub = committee.hub;
		chair = committee.seat("chair", HubRole.COMMITTEE_CHAIR);
		one = committee.seat("one", HubRole.COMMITTEE_MEMBER);
		two = committee.seat("two", HubRole.COMMITTEE_MEMBER);
		staff = committee.staff;
		Meeting meeting = agenda.schedule(hub, Instant.now().plus(Duration.ofDays(3)), 60, null);
		HelpRequest first = onAgenda(meeting, "First in line", Set.of());
		HelpRequest second = onAgenda(meeting, "Second in line", Set.of(two.getUsername()));
		score(first, chair, 5);
		score(first, one, 5);
		score(second, chair, 3);
		ranking = "/hubs/" + hub.getSlug() + "/committee/ranking";
	}

	@Test
	void theChairSeesEveryRowAndWhy() throws Exception {
		String page = page(chair);
		// S = 1 for five everywhere; no affiliate, so no equity term: R = 1
		assertThat(page).contains("First in line").contains("Second in line").contains("Why here?")
			.contains("Score S = 1.000, from the reviews of 2 members.");
		assertThat(page.indexOf("First in line")).isLessThan(page.indexOf("Second in line"));
	}

	@Test
	void aMemberSeesTheRowsOfWhatTheyScoredAndNotWhereTheyAreConflicted() throws Exception {
		assertThat(page(one)).contains("First in line").doesNotContain("Second in line");
		assertThat(page(two)).doesNotContain("First in line").doesNotContain("Second in line");
	}

	@Test
	void staffSeeTheOrderWithoutScores() throws Exception {
		assertThat(page(staff)).contains("First in line").contains("Second in line").doesNotContain("Why here?")
			.doesNotContain("Score S").doesNotContain("Rank value R");
	}

	@Test
	void theRankingFollowsAScoreSavedAndARequestPutOnTheAgendaAfterItWasShown() throws Exception {
		assertThat(page(chair)).contains("Score S = 0.500, from the reviews of 1 members.");
		HelpRequest second = requests.byNumber(hub, number("Second in line")).orElseThrow();
		// the chair's 3 becomes a 5: S = (5 − 1) / 4 = 1, and one's 4 joins it: S = mean(1, 0.75) = 0.875
		score(second, chair, 5, true);
		score(second, one, 4, false);
		String after = page(chair);
		assertThat(after).contains("Score S = 0.875, from the reviews of 2 members.")
			.doesNotContain("Score S = 0.500");
		assertThat(page(one)).contains("Second in line");
		Meeting later = agenda.schedule(hub, Instant.now().plus(Duration.ofDays(30)), 60, null);
		onAgenda(later, "Third in line", Set.of());
		assertThat(page(chair)).contains("Third in line");
	}

	@Test
	void theApiShowsEachViewerWhatThePageShowsThem() throws Exception {
		String api = "/api/v1/hubs/" + hub.getSlug() + "/committee/ranking";
		String asChair = mvc.perform(get(api).with(SignedIn.as(people, chair.getUsername())))
			.andReturn().getResponse().getContentAsString();
		assertThat(asChair).contains("\"title\":\"First in line\"").contains("\"why\":{\"score\":1.0,\"scoredBy\":2");
		String asStaff = mvc.perform(get(api).with(SignedIn.as(people, staff.getUsername())))
			.andReturn().getResponse().getContentAsString();
		assertThat(asStaff).contains("First in line").contains("Second in line").doesNotContain("\"why\"")
			.doesNotContain("rankValue");
		String asTwo = mvc.perform(get(api).with(SignedIn.as(people, two.getUsername())))
			.andReturn().getResponse().getContentAsString();
		assertThat(asTwo).doesNotContain("First in line").doesNotContain("Second in line");
		Person outsider = SignedIn.newPerson(people, "outsider");
		assertThat(mvc.perform(get(api).with(SignedIn.as(people, outsider.getUsername())))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void theQueuePageShowsEachRequestWithTheMembersPartAndWhoHasYetToScore() throws Exception {
		String queue = mvc.perform(get("/hubs/" + hub.getSlug() + "/committee/queue").with(SignedIn.as(people,
				one.getUsername())).queryParam("uselang", "en")).andReturn().getResponse().getContentAsString();
		// one scored the first, not the second; two is conflicted on the second, so not waited for
		assertThat(queue).contains("First in line").contains("Second in line").contains("Scored")
			.contains("To score").contains(people.names(Set.of(one.getId())).get(one.getId()));
		String asTwo = mvc.perform(get("/hubs/" + hub.getSlug() + "/committee/queue").with(SignedIn.as(people,
				two.getUsername())).queryParam("uselang", "en")).andReturn().getResponse().getContentAsString();
		assertThat(asTwo).contains("Second in line").contains("Conflict of interest: not yours to review");
	}

	@Test
	void aRequestForNoAffiliateCountsForItsRequestersCountrysRegion() throws Exception {
		Person asker = SignedIn.newPerson(people, "swede");
		people.declareCountry(asker.getId(), "se");
		HelpRequest r = committee.inTriage(asker, "From a Swedish volunteer", "en", null, Set.of());
		Meeting later = agenda.schedule(hub, Instant.now().plus(Duration.ofDays(20)), 60, null);
		agenda.place(hub, later, r, r.getVersion(), chair.getId());
		score(requests.byId(r.getId()).orElseThrow(), chair, 4);
		String page = page(chair);
		String row = page.substring(page.indexOf("From a Swedish volunteer"));
		row = row.substring(0, row.indexOf("</tr>"));
		// Sweden is in Northwestern Europe: the region's two terms, and neither the affiliate's nor its type's
		assertThat(row).contains("Region, ").doesNotContain("Affiliate, ").doesNotContain("Affiliate type, ");
		assertThat(row.split("Region, ", -1)).hasSize(3);
		// a request of someone who stated no country has no term at all
		String first = page.substring(page.indexOf("First in line"));
		assertThat(first.substring(0, first.indexOf("</tr>"))).doesNotContain("Region, ");
	}

	private int number(String title) {
		return requests.inState(hub, org.hubdesk.request.RequestState.IN_REVIEW).stream()
			.filter(r -> title.equals(r.getTitle())).findFirst().orElseThrow().getNumber();
	}

	private String page(Person person) throws Exception {
		return mvc.perform(get(ranking).with(SignedIn.as(people, person.getUsername())).queryParam("uselang", "en"))
			.andReturn().getResponse().getContentAsString();
	}

	private HelpRequest onAgenda(Meeting meeting, String title, Set<String> coRequesters) {
		HelpRequest r = committee.inTriage(SignedIn.newPerson(people, "asker"), title, "en", null, coRequesters);
		agenda.place(hub, meeting, r, r.getVersion(), chair.getId());
		return requests.byId(r.getId()).orElseThrow();
	}

	private void score(HelpRequest request, Person member, int value) {
		score(request, member, value, false);
	}

	private void score(HelpRequest request, Person member, int value, boolean again) {
		Rubric rubric = rubrics.current(hub);
		Map<Long, Review.Score> scores = rubric.getCriteria().stream().collect(Collectors.toMap(Criterion::getId,
				c -> new Review.Score(c.isGate() ? 1 : value, null)));
		var item = agenda.current(request).orElseThrow();
		Long version = again ? reviews.of(item, member.getId()).orElseThrow().getVersion() : null;
		reviews.score(hub, request, item, member.getId(), scores, version);
	}
}
