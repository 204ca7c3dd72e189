package org.hubdesk.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.shared.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DemoTest
class RequestWorkTests {

	@Autowired
	Requests requests;

	@Autowired
	RequestWork work;

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
		requester = SignedIn.newPerson(people, "worked");
		staff = people.byUsername("staff").orElseThrow();
	}

	@Test
	void staffEstimateEffortSummariseAndTagAndTheTimelineKeepsIt() {
		HelpRequest request = submitted("Effort");
		request = work.estimateEffort(request, request.getVersion(), new BigDecimal("12.5"), staff.getId());
		request = work.summarise(request, request.getVersion(), "Portraits from a Swedish museum", staff.getId());
		request = work.tag(request, request.getVersion(), List.of("GLAM", " portraits ", ""), staff.getId());
		assertThat(request.getEstimatedEffortHours()).isEqualByComparingTo("12.5");
		assertThat(request.getSummary()).isEqualTo("Portraits from a Swedish museum");
		assertThat(request.getTags()).containsExactlyInAnyOrder("glam", "portraits");
		assertThat(requests.timeline(request, true)).extracting(TimelineEntry::getField)
			.contains("estimatedEffortHours", "summary", "tags");
		assertThat(requests.timeline(request, false)).extracting(TimelineEntry::getField)
			.doesNotContain("estimatedEffortHours", "tags");
		HelpRequest tagged = request;
		assertThatThrownBy(() -> work.tag(tagged, tagged.getVersion(), List.of("<script>"), staff.getId()))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void anAcceptedRequestGetsMilestonesHoursAndAnOutcomeBeforeItIsCompleted() {
		HelpRequest request = accepted("Accepted work");
		Milestone milestone = work.addMilestone(request, "Metadata mapped", LocalDate.now().plusDays(14),
				staff.getId());
		work.markMilestone(request, milestone.getId(), true, staff.getId());
		work.logHours(request, staff.getId(), LocalDate.now(), new BigDecimal("3.5"), "mapping");
		work.logHours(request, staff.getId(), LocalDate.now(), new BigDecimal("1"), null);
		assertThat(work.milestones(request)).singleElement().satisfies(m -> assertThat(m.isDone()).isTrue());
		assertThat(work.totalHours(request)).isEqualByComparingTo("4.5");
		assertThatThrownBy(() -> work.logHours(request, staff.getId(), LocalDate.now(), new BigDecimal("25"), null))
			.isInstanceOf(Refusal.class);

		HelpRequest inProgress = requests.transition(request, fresh(request).getVersion(), RequestState.IN_PROGRESS,
				staff.getId(), "started", null, null);
		assertThatThrownBy(() -> requests.transition(inProgress, inProgress.getVersion(), RequestState.COMPLETED,
				staff.getId(), "done", null, null))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.getField()).isEqualTo("outcome"));
		work.reportOutcome(inProgress, "1,200 portraits uploaded; 340 used in articles",
				List.of("https://commons.wikimedia.org/wiki/Category:Portraits", ""), staff.getId());
		HelpRequest completed = requests.transition(inProgress, fresh(inProgress).getVersion(), RequestState.COMPLETED,
				staff.getId(), "done", null, null);
		assertThat(completed.getState()).isEqualTo(RequestState.COMPLETED);
		assertThat(work.outcome(completed).orElseThrow().getLinks())
			.containsExactly("https://commons.wikimedia.org/wiki/Category:Portraits");
	}

	@Test
	void milestonesWaitForAcceptance() {
		HelpRequest request = submitted("Not yet");
		assertThatThrownBy(() -> work.addMilestone(request, "Too early", null, staff.getId()))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void aLargeRequestIsSplitIntoPartsThatMoveOnTheirOwn() {
		HelpRequest request = submitted("Three collections");
		List<HelpRequest> parts = work.split(hub, request, List.of("Photographs", "Maps", " "), staff.getId());
		assertThat(parts).hasSize(2).allSatisfy(p -> {
			assertThat(p.getParentId()).isEqualTo(request.getId());
			assertThat(p.getState()).isEqualTo(RequestState.TRIAGE);
			assertThat(p.getRequesterId()).isEqualTo(requester.getId());
			assertThat(p.getUsefulnessPlan()).isEqualTo(request.getUsefulnessPlan());
		});
		assertThat(parts.get(1).getNumber()).isEqualTo(parts.get(0).getNumber() + 1);
		assertThat(work.parts(request)).extracting(HelpRequest::getTitle).containsExactly("Photographs", "Maps");
		HelpRequest part = parts.get(0);
		requests.transition(part, part.getVersion(), RequestState.IN_REVIEW, staff.getId(), "review this part", null,
				null);
		assertThat(fresh(request).getState()).isEqualTo(RequestState.SUBMITTED);
	}

	@Test
	void aDuplicateIsMergedIntoItsOriginalAndBothTimelinesSaySo() {
		HelpRequest original = submitted("Original");
		HelpRequest duplicate = submitted("Same again");
		requests.transition(duplicate, duplicate.getVersion(), RequestState.CLOSED, staff.getId(), "asked twice",
				Resolution.DUPLICATE, original.getId());
		assertThat(requests.timeline(original, false)).anyMatch(e -> "merged".equals(e.getField())
				&& String.valueOf(duplicate.getNumber()).equals(e.getDetail()));
	}

	private HelpRequest fresh(HelpRequest request) {
		return requests.byId(request.getId()).orElseThrow();
	}

	/** Accepted as the demo hub's committee accepts a request: its chair decides, through the committee's move. */
	private HelpRequest accepted(String title) {
		HelpRequest r = submitted(title);
		r = requests.transition(r, r.getVersion(), RequestState.TRIAGE, staff.getId(), "triage", null, null);
		r = requests.transition(r, r.getVersion(), RequestState.IN_REVIEW, staff.getId(), "review", null, null);
		long chair = people.byUsername("chair").orElseThrow().getId();
		return requests.move(r, r.getVersion(), Mover.COMMITTEE, RequestState.ACCEPTED, chair, "accept");
	}

	private HelpRequest submitted(String title) {
		RequestDetails details = new RequestDetails(title, null, null, "Nationalmuseum", null, "portraits", "1,200",
				RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Biographies on Wikipedia", null, "en", null, null,
				true, Set.of(hubs.codebook(hub).get(3).need().getId()));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		return requests.submit(hub, draft, draft.getVersion(), requester.getId());
	}
}
