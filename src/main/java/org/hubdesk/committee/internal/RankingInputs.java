package org.hubdesk.committee.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hubdesk.committee.ranking.Answer;
import org.hubdesk.committee.ranking.CandidateRequest;
import org.hubdesk.committee.ranking.Capacity;
import org.hubdesk.committee.ranking.DimensionHistory;
import org.hubdesk.committee.ranking.EquityDimension;
import org.hubdesk.committee.ranking.EquityGroups;
import org.hubdesk.committee.ranking.EquityHistory;
import org.hubdesk.committee.ranking.GateAnswer;
import org.hubdesk.committee.ranking.GroupActivity;
import org.hubdesk.committee.ranking.InProgressWork;
import org.hubdesk.committee.ranking.MemberReview;
import org.hubdesk.committee.ranking.PriorityRanking;
import org.hubdesk.committee.ranking.Ranking;
import org.hubdesk.committee.ranking.RankingSettings;
import org.hubdesk.committee.ranking.ScoredRequest;
import org.hubdesk.directory.Affiliate;
import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestFigures;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the priority ranking is computed from, read for all its requests at once: the requests in
 * review and accepted, the members conflicted on each, their reviews on its latest agenda item,
 * the equity history of the last 365 days (each request in the groups {@link RequestGroups} gives
 * it) and the capacity left this quarter. The reviews of some
 * requests can be read again alone ({@link #refresh}), and the ranking computed again from what
 * was read ({@link Gathered#rank}).
 */
@Component
@Transactional(readOnly = true)
class RankingInputs {

	/** Everything read, by request id where it is per request; {@code asOf} is when the figures were read. */
	static final class Gathered {

		final org.hubdesk.committee.ranking.Rubric rubric;
		final Map<Long, CandidateRequest> inputs;
		final Map<Long, Priorities.Candidate> shown;
		final Set<Long> committee;
		final Map<Long, Set<Long>> conflicted;
		final Map<Long, Set<Long>> complete;
		final Map<Long, AgendaItem> items;
		final EquityHistory history;
		final RankingSettings settings;
		final Instant asOf;
		/** Each request scored, with its equity: computed again only for the requests whose reviews changed. */
		final Map<Long, ScoredRequest> scored = new HashMap<>();
		private final ScoredRequest.Scorer scorer;

		Gathered(org.hubdesk.committee.ranking.Rubric rubric, Map<Long, CandidateRequest> inputs,
				Map<Long, Priorities.Candidate> shown, Set<Long> committee, Map<Long, Set<Long>> conflicted,
				Map<Long, Set<Long>> complete,
				Map<Long, AgendaItem> items, EquityHistory history, RankingSettings settings, Instant asOf) {
			this.rubric = rubric;
			this.inputs = inputs;
			this.shown = shown;
			this.committee = committee;
			this.conflicted = conflicted;
			this.complete = complete;
			this.items = items;
			this.history = history;
			this.settings = settings;
			this.asOf = asOf;
			this.scorer = new ScoredRequest.Scorer(rubric, history);
		}

		Priorities.Ranked rank() {
			Ranking ranking = PriorityRanking.rank(List.copyOf(scored.values()), settings);
			return new Priorities.Ranked(ranking, frozen(shown), committee, frozen(conflicted), frozen(complete), asOf);
		}

		/** A copy that is read often by id: a hash map's lookups, no one's to change. */
		private static <V> Map<Long, V> frozen(Map<Long, V> map) {
			return java.util.Collections.unmodifiableMap(new HashMap<>(map));
		}
	}

	private final Agenda agenda;
	private final Reviews reviews;
	private final Conflicts conflicts;
	private final Rubrics rubrics;
	private final Settings settings;
	private final Requests requests;
	private final RequestFigures figures;
	private final RequestGroups requestGroups;

	RankingInputs(Agenda agenda, Reviews reviews, Conflicts conflicts, Rubrics rubrics, Settings settings,
			Requests requests, RequestFigures figures, RequestGroups requestGroups) {
		this.requestGroups = requestGroups;
		this.agenda = agenda;
		this.reviews = reviews;
		this.conflicts = conflicts;
		this.rubrics = rubrics;
		this.settings = settings;
		this.requests = requests;
		this.figures = figures;
	}

	Gathered gather(Hub hub, Map<Long, Affiliate> affiliates, Instant now) {
		List<HelpRequest> candidates = new ArrayList<>(requests.inState(hub, RequestState.IN_REVIEW));
		candidates.addAll(requests.inState(hub, RequestState.ACCEPTED));
		Map<Long, Set<Long>> conflicted = new HashMap<>(conflicts.holding(hub, candidates));
		Map<Long, AgendaItem> items = agenda.current(hub, candidates.stream().map(HelpRequest::getId).toList());
		List<RequestFigures.Help> past = figures.since(hub, now.minus(Duration.ofDays(365)));
		Set<Long> asking = new HashSet<>();
		candidates.forEach(r -> asking.add(r.getRequesterId()));
		past.forEach(h -> asking.add(h.requesterId()));
		RequestGroups.Of groups = requestGroups.of(affiliates, asking);
		Map<Long, CandidateRequest> inputs = new LinkedHashMap<>();
		Map<Long, Priorities.Candidate> shown = new LinkedHashMap<>();
		for (HelpRequest request : candidates) {
			inputs.put(request.getId(), new CandidateRequest(request.getId(), request.getNumber(),
					request.getSubmittedAt(), request.getEstimatedEffortHours(),
					groups.groups(request.getAffiliateId(), request.getRequesterId()), List.of()));
			Set<Long> requesters = new HashSet<>(request.getCoRequesterIds());
			requesters.add(request.getRequesterId());
			shown.put(request.getId(), new Priorities.Candidate(request.getId(), request.getNumber(),
					request.reference(hub.getNumberPrefix()), request.getTitle(), Set.copyOf(requesters),
					request.getAffiliateId()));
		}
		CommitteeSettings own = settings.of(hub);
		LocalDate quarter = quarterStart(now.atZone(ZoneOffset.UTC).toLocalDate());
		BigDecimal remaining = Capacity.remaining(BigDecimal.valueOf(own.getStaffHoursPerQuarter()),
				figures.hoursSince(hub, quarter), figures.inProgress(hub).stream()
					.map(w -> new InProgressWork(w.estimate(), w.logged())).toList());
		Gathered gathered = new Gathered(ranked(rubrics.current(hub)), inputs, shown,
				Set.copyOf(conflicts.committee(hub)), conflicted, new HashMap<>(),
				items, history(past, groups), new RankingSettings(own.getEquityWeight().doubleValue(), remaining),
				now);
		refresh(gathered, inputs.keySet());
		return gathered;
	}

	/** Reads the reviews of the requests again, in one reading for them all, into what was gathered. */
	void refresh(Gathered gathered, Collection<Long> requestIds) {
		List<AgendaItem> items = requestIds.stream().map(gathered.items::get).filter(i -> i != null).toList();
		Map<Long, Set<Long>> completeByItem = reviews.complete(items);
		Map<Long, List<Reviews.Given>> givenByItem = new HashMap<>();
		reviews.given(items).forEach(g -> givenByItem.computeIfAbsent(g.itemId(), i -> new ArrayList<>()).add(g));
		for (long id : List.copyOf(requestIds)) {
			CandidateRequest was = gathered.inputs.get(id);
			if (was == null) {
				continue;
			}
			AgendaItem item = gathered.items.get(id);
			List<Reviews.Given> given = item == null ? List.of() : givenByItem.getOrDefault(item.getId(), List.of());
			gathered.inputs.put(id, new CandidateRequest(was.requestId(), was.number(), was.submittedAt(),
					was.estimateHours(), was.groups(), memberReviews(given, gathered.conflicted.getOrDefault(id, Set.of()))));
			gathered.complete.put(id, item == null ? Set.of() : completeByItem.getOrDefault(item.getId(), Set.of()));
			gathered.scored.put(id, gathered.scorer.score(gathered.inputs.get(id)));
		}
	}

	/** The reviews of one request as the ranking reads them, each marked conflicted or not. */
	private List<MemberReview> memberReviews(List<Reviews.Given> given, Set<Long> conflicted) {
		Map<Long, Map<Long, Answer>> byMember = new LinkedHashMap<>();
		Map<Long, Optional<Rubric>> versions = new HashMap<>();
		for (Reviews.Given g : given) {
			Optional<Criterion> criterion = versions.computeIfAbsent(g.rubricId(), rubrics::version)
				.flatMap(r -> r.criterion(g.criterionId()));
			criterion.ifPresent(c -> byMember.computeIfAbsent(g.memberId(), m -> new HashMap<>()).put(g.criterionId(),
					c.isGate() ? Answer.gate(gate(g.value())) : Answer.score(g.value())));
		}
		List<MemberReview> out = new ArrayList<>();
		byMember.forEach((member, answers) -> out.add(new MemberReview(member, conflicted.contains(member), answers)));
		return out;
	}

	private static EquityHistory history(List<RequestFigures.Help> past, RequestGroups.Of groupsOf) {
		Map<EquityDimension, Map<String, double[]>> activity = new EnumMap<>(EquityDimension.class);
		Map<EquityDimension, Set<String>> submitters = new EnumMap<>(EquityDimension.class);
		for (EquityDimension d : EquityDimension.values()) {
			activity.put(d, new HashMap<>());
			submitters.put(d, new HashSet<>());
		}
		for (RequestFigures.Help help : past) {
			EquityGroups groups = groupsOf.groups(help.affiliateId(), help.requesterId());
			for (EquityDimension d : EquityDimension.values()) {
				String group = groups.group(d);
				if (group == null) {
					continue;
				}
				double[] sums = activity.get(d).computeIfAbsent(group, g -> new double[2]);
				sums[0] += help.hours().doubleValue();
				sums[1] += help.accepted() ? 1 : 0;
				if (help.submitted()) {
					submitters.get(d).add(group);
				}
			}
		}
		Map<EquityDimension, DimensionHistory> dimensions = new EnumMap<>(EquityDimension.class);
		activity.forEach((d, groups) -> {
			Map<String, GroupActivity> of = new HashMap<>();
			groups.forEach((g, sums) -> of.put(g, new GroupActivity(sums[0], (long) sums[1])));
			dimensions.put(d, new DimensionHistory(of, submitters.get(d)));
		});
		return new EquityHistory(dimensions);
	}

	private static org.hubdesk.committee.ranking.Rubric ranked(Rubric rubric) {
		List<org.hubdesk.committee.ranking.Criterion> criteria = rubric.getCriteria().stream()
			.map(c -> c.isGate() ? org.hubdesk.committee.ranking.Criterion.gate(c.getId())
					: org.hubdesk.committee.ranking.Criterion.scaled(c.getId(), c.getWeight()))
			.toList();
		return new org.hubdesk.committee.ranking.Rubric(criteria);
	}

	private static GateAnswer gate(int value) {
		return switch (value) {
			case Scale.GATE_YES -> GateAnswer.YES;
			case Scale.GATE_NO -> GateAnswer.NO;
			default -> GateAnswer.UNCLEAR;
		};
	}

	static LocalDate quarterStart(LocalDate day) {
		return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
	}
}
