package org.hubdesk.committee.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubdesk.committee.internal.CommitteeDemoScript.Ask;
import org.hubdesk.committee.internal.CommitteeDemoScript.Item;
import org.hubdesk.committee.internal.CommitteeDemoScript.Say;
import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Requests;
import org.hubdesk.shared.DemoClock;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The committee's part of the demo history (profile {@code demo} only): the chair puts a request on
 * an agenda, members declare conflicts, score, discuss and vote, and the chair records the decision —
 * each at its moment, through the committee's services and their rules (quorum, conflicts).
 */
@Component
@Profile("demo")
class CommitteeDemoSession {

	private static final Map<Outcome, String> VOTE_REASONS = Map.of(
			Outcome.ACCEPT, "Useful content and a clear plan.",
			Outcome.DECLINE, "It does not meet our principles as it stands.",
			Outcome.DEFER, "Not now; let us take it up again later.",
			Outcome.REFER, "Others can help better than the hub.");

	private final Agenda agenda;
	private final Conflicts conflicts;
	private final Reviews reviews;
	private final Discussion discussion;
	private final Decisions decisions;
	private final Rubrics rubrics;
	private final Requests requests;
	private final DemoClock clock;

	CommitteeDemoSession(Agenda agenda, Conflicts conflicts, Reviews reviews, Discussion discussion,
			Decisions decisions, Rubrics rubrics, Requests requests, DemoClock clock) {
		this.agenda = agenda;
		this.conflicts = conflicts;
		this.reviews = reviews;
		this.discussion = discussion;
		this.decisions = decisions;
		this.rubrics = rubrics;
		this.requests = requests;
		this.clock = clock;
	}

	/** The chair puts the request on the meeting's agenda, which takes it to review. */
	AgendaItem place(Hub hub, Meeting meeting, HelpRequest request, Instant at, long chair) {
		HelpRequest current = fresh(request);
		return clock.at(at, () -> agenda.place(hub, meeting, current, current.getVersion(), chair));
	}

	/**
	 * Plays the request's review on a past agenda, {@code n}th on it: a declared conflict, the scores in
	 * the days before the meeting, then at the meeting the discussion, the votes and the chair's decision.
	 */
	Decision review(Hub hub, AgendaItem item, HelpRequest request, Item script, int n, Map<String, Long> members) {
		Instant starts = item.getMeeting().getStartsAt();
		if (script.declared() != null) {
			clock.at(starts.minus(Duration.ofDays(13)).plus(Duration.ofHours(n)),
					() -> conflicts.declare(fresh(request), members.get(script.declared().member()),
							script.declared().text()));
		}
		Set<Long> eligible = conflicts.eligible(hub, fresh(request));
		List<String> scorers = CommitteeDemoScript.MEMBERS.stream()
			.filter(m -> eligible.contains(members.get(m)) && !m.equals(script.absent())).toList();
		for (String member : scorers) {
			int j = CommitteeDemoScript.MEMBERS.indexOf(member);
			score(hub, item, request, script.ask(), member, members, comment(script.remarks(), member),
					starts.minus(Duration.ofDays(10 - 2L * j)).plus(Duration.ofHours(n)));
		}
		Instant turn = starts.plus(Duration.ofMinutes(5 + 25L * n));
		for (int k = 0; k < script.discussion().size(); k++) {
			Say said = script.discussion().get(k);
			clock.at(turn.plus(Duration.ofMinutes(4L * k)),
					() -> discussion.post(fresh(request), item, members.get(said.member()), said.text()));
		}
		if (!script.byConsensus()) {
			for (String member : scorers) {
				boolean dissents = script.dissent() != null && script.dissent().member().equals(member);
				Outcome choice = dissents ? script.otherwise() : script.outcome();
				String why = dissents ? script.dissent().text() : VOTE_REASONS.get(choice);
				clock.at(turn.plus(Duration.ofMinutes(8 + CommitteeDemoScript.MEMBERS.indexOf(member))),
						() -> decisions.vote(hub, fresh(request), item, members.get(member), choice, why));
			}
		}
		return clock.at(turn.plus(Duration.ofMinutes(15)), () -> {
			HelpRequest current = fresh(request);
			return decisions.decide(hub, current, item, members.get("chair"), current.getVersion(), script.outcome(),
					script.reasons(), script.summary(), script.byConsensus());
		});
	}

	/** The member's scores of the request: its typical ones, as the member leans, with a comment on its use. */
	void score(Hub hub, AgendaItem item, HelpRequest request, Ask ask, String member, Map<String, Long> members,
			String comment, Instant at) {
		int j = CommitteeDemoScript.MEMBERS.indexOf(member);
		Rubric rubric = rubrics.current(hub);
		Map<Long, Review.Score> given = new HashMap<>();
		for (Criterion criterion : rubric.getCriteria()) {
			int c = CommitteeDemoScript.CRITERIA.indexOf(criterion.getCode());
			int value;
			if (criterion.getScale() == Scale.GATE) {
				int typical = c < 0 ? Scale.GATE_YES : ask.scores()[c];
				value = typical == Scale.GATE_YES || j % 2 == 0 ? typical : Scale.GATE_NO;
			}
			else {
				int typical = c < 0 ? 3 : ask.scores()[c] + CommitteeDemoScript.LEANINGS[j][c];
				int wobble = Math.floorMod(ask.title().hashCode() + 31 * j + c, 5) == 0 ? -1 : 0;
				value = Math.max(1, Math.min(5, typical + wobble));
			}
			String note = "usefulness".equals(criterion.getCode()) ? comment : null;
			given.put(criterion.getId(), new Review.Score(value, note));
		}
		clock.at(at, () -> reviews.score(hub, fresh(request), item, members.get(member), given, null));
	}

	private static String comment(List<Say> remarks, String member) {
		return remarks.stream().filter(s -> s.member().equals(member)).map(Say::text).findFirst().orElse(null);
	}

	private HelpRequest fresh(HelpRequest request) {
		return requests.byId(request.getId()).orElseThrow();
	}
}
