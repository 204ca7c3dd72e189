package org.hubdesk.committee;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.CommitteeSettings;
import org.hubdesk.committee.internal.Conflicts;
import org.hubdesk.committee.internal.Decision;
import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.committee.internal.Meeting;
import org.hubdesk.committee.internal.Outcome;
import org.hubdesk.committee.internal.Reviews;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.committee.internal.Settings;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.request.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's demo data: the demo hub's committee decides, under the template's rubric; it has
 * met three times in the past months and decided every request on those agendas, and meets again
 * soon on three requests in review, {@code member1} conflicted on {@code requester}'s.
 */
@DemoTest
class CommitteeDemoDataTests {

	static final String LINK = "https://meet.example.org/cp-committee";

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	Requests requests;

	@Autowired
	Rubrics rubrics;

	@Autowired
	Settings settings;

	@Autowired
	Agenda agenda;

	@Autowired
	Reviews reviews;

	@Autowired
	Decisions decisions;

	@Autowired
	Conflicts conflicts;

	@Autowired
	List<ApplicationRunner> runners;

	@Autowired
	MockMvc mvc;

	Hub hub;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
	}

	@Test
	void theCommitteeDecidesUnderTheTemplatesRubric() {
		assertThat(rubrics.history(hub)).isNotEmpty();
		assertThat(rubrics.history(hub).get(rubrics.history(hub).size() - 1).getNumber()).isEqualTo(1);
		CommitteeSettings own = settings.of(hub);
		assertThat(own.isDecides()).isTrue();
		assertThat(own.isChairSeesScoresAtStart()).isTrue();
		assertThat(own.getQuorumPercent()).isEqualTo(50);
		assertThat(own.getEquityWeight()).isEqualByComparingTo(new BigDecimal("0.20"));
		assertThat(own.getStaffHoursPerQuarter()).isEqualTo(400);
	}

	@Test
	void threePastMeetingsDecidedEveryRequestOnTheirAgendas() {
		List<Meeting> past = agenda.past(hub).stream().filter(m -> LINK.equals(m.getVideoLink())).toList();
		assertThat(past).hasSize(3);
		Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
		Set<Long> requesters = new HashSet<>();
		Set<Long> affiliates = new HashSet<>();
		for (Meeting meeting : past) {
			assertThat(meeting.getStartsAt()).isBefore(Instant.now().minus(Duration.ofDays(20)));
			assertThat(meeting.getMinutes()).isEqualTo(90);
			List<AgendaItem> items = agenda.items(meeting);
			assertThat(items).hasSizeBetween(2, 3);
			for (AgendaItem item : items) {
				Decision decision = decisions.of(item).orElseThrow();
				assertThat(rubrics.version(decision.getRubricId())).isPresent();
				assertThat(decision.getMembers()).isNotEmpty();
				assertThat(decision.getDecidedAt()).isBetween(meeting.getStartsAt(), meeting.getEndsAt());
				assertThat(reviews.all(item)).hasSizeGreaterThanOrEqualTo(2);
				HelpRequest request = requests.byId(item.getRequestId()).orElseThrow();
				outcomes.add(decision.getOutcome());
				requesters.add(request.getRequesterId());
				affiliates.add(request.getAffiliateId());
				assertThat(requests.timeline(request, true).stream().sorted(Comparator.comparing(TimelineEntry::getId))
					.map(TimelineEntry::getAt).toList()).as("timeline of %s", request.getTitle()).isSorted();
			}
		}
		assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
		assertThat(requesters).contains(id("requester"), id("requester2")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(affiliates).hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void theRequesterReadsTheDecisionAndItsReasonsOnTheRequestsPage() throws Exception {
		Decision consensus = agenda.past(hub).stream().flatMap(m -> agenda.items(m).stream())
			.map(i -> decisions.of(i).orElseThrow()).filter(Decision::isByConsensus).findFirst().orElseThrow();
		HelpRequest request = requests.byId(consensus.getRequestId()).orElseThrow();
		String asker = people.byId(request.getRequesterId()).orElseThrow().getUsername();
		mvc.perform(get("/hubs/content-partnerships/requests/" + request.getNumber()).with(SignedIn.as(people, asker))
				.queryParam("uselang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The committee decided by consensus: Accept (rubric version 1).")))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(consensus.getReasons()))));
	}

	@Test
	void theComingMeetingHasThreeRequestsInReviewAndMember1IsConflictedOnRequestersOne() {
		Meeting coming = agenda.upcoming(hub).stream().filter(m -> LINK.equals(m.getVideoLink())).findFirst()
			.orElseThrow();
		assertThat(coming.getStartsAt()).isBetween(Instant.now().plus(Duration.ofDays(8)),
				Instant.now().plus(Duration.ofDays(11)));
		List<AgendaItem> items = agenda.items(coming);
		assertThat(items).hasSize(3);
		List<HelpRequest> onIt = items.stream().map(i -> requests.byId(i.getRequestId()).orElseThrow()).toList();
		assertThat(onIt).extracting(HelpRequest::getState).containsOnly(RequestState.IN_REVIEW);
		assertThat(items).allSatisfy(i -> assertThat(decisions.of(i)).isEmpty());
		HelpRequest requesters = onIt.stream().filter(r -> r.getRequesterId() == id("requester")).findFirst()
			.orElseThrow();
		assertThat(conflicts.conflicted(requesters, id("member1"))).isTrue();
		assertThat(conflicts.conflicted(requesters, id("member2"))).isFalse();
		AgendaItem theirs = items.get(onIt.indexOf(requesters));
		assertThat(reviews.of(theirs, id("member2"))).isPresent();
		assertThat(reviews.of(theirs, id("member3"))).isPresent();
		assertThat(items).anySatisfy(i -> assertThat(reviews.of(i, id("chair"))).isPresent());
		assertThat(items).anySatisfy(i -> assertThat(reviews.all(i)).isEmpty());
	}

	@Test
	void requestsInTriageAreLeftForTheChairAndASecondRunAddsNothing() throws Exception {
		List<HelpRequest> triage = requests.mine(hub, id("requester")).stream()
			.filter(r -> r.getState() == RequestState.TRIAGE && !agenda.onAnAgenda(r)).toList();
		assertThat(triage).hasSizeGreaterThanOrEqualTo(2);
		int meetings = agenda.past(hub).size() + agenda.upcoming(hub).size();
		ApplicationRunner demo = runners.stream()
			.filter(r -> r.getClass().getSimpleName().startsWith("CommitteeDemoData")).findFirst().orElseThrow();
		demo.run(new DefaultApplicationArguments());
		assertThat(agenda.past(hub).size() + agenda.upcoming(hub).size()).isEqualTo(meetings);
	}

	private long id(String username) {
		return people.byUsername(username).orElseThrow().getId();
	}
}
