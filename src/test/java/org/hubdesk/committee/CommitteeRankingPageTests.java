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
		Rubric rubric = rubrics.current(hub);
		Map<Long, Review.Score> scores = rubric.getCriteria().stream().collect(Collectors.toMap(Criterion::getId,
				c -> new Review.Score(c.isGate() ? 1 : value, null)));
		reviews.score(hub, request, agenda.current(request).orElseThrow(), member.getId(), scores, null);
	}
}
