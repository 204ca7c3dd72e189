package org.hubdesk.committee.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestFigures;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub's priority ranking now: the requests in review and those accepted but not yet started,
 * scored by the current rubric from the reviews of the members not conflicted on them, with the
 * equity term over the last 365 days and the capacity line for this quarter
 * ({@link PriorityRanking} computes; this gathers what it computes from).
 */
@Service
@Transactional(readOnly = true)
public class Priorities {

	/** The ranking with the requests it ranks, by id. */
	public record Ranked(Ranking ranking, Map<Long, HelpRequest> requests) {
	}

	private final Agenda agenda;
	private final Reviews reviews;
	private final Conflicts conflicts;
	private final Rubrics rubrics;
	private final Settings settings;
	private final Requests requests;
	private final RequestFigures figures;
	private final Directory directory;
	private final Clock clock;

	Priorities(Agenda agenda, Reviews reviews, Conflicts conflicts, Rubrics rubrics, Settings settings, Requests requests,
			RequestFigures figures, Directory directory, Clock clock) {
		this.agenda = agenda;
		this.reviews = reviews;
		this.conflicts = conflicts;
		this.rubrics = rubrics;
		this.settings = settings;
		this.requests = requests;
		this.figures = figures;
		this.directory = directory;
		this.clock = clock;
	}

	public Ranked rank(Hub hub) {
		Rubric rubric = rubrics.current(hub);
		Map<Long, HelpRequest> candidates = new LinkedHashMap<>();
		requests.inState(hub, RequestState.IN_REVIEW).forEach(r -> candidates.put(r.getId(), r));
		requests.inState(hub, RequestState.ACCEPTED).forEach(r -> candidates.put(r.getId(), r));
		Map<Long, Affiliate> affiliates = new HashMap<>();
		directory.affiliates().forEach(a -> affiliates.put(a.getId(), a));
		List<CandidateRequest> input = new ArrayList<>();
		for (HelpRequest request : candidates.values()) {
			input.add(new CandidateRequest(request.getId(), request.getNumber(), request.getSubmittedAt(),
					request.getEstimatedEffortHours(), groups(request.getAffiliateId(), affiliates),
					memberReviews(request)));
		}
		CommitteeSettings own = settings.of(hub);
		Instant now = clock.instant();
		LocalDate quarter = quarterStart(now.atZone(ZoneOffset.UTC).toLocalDate());
		BigDecimal remaining = Capacity.remaining(BigDecimal.valueOf(own.getStaffHoursPerQuarter()),
				figures.hoursSince(hub, quarter), figures.inProgress(hub).stream()
					.map(w -> new InProgressWork(w.estimate(), w.logged())).toList());
		Ranking ranking = PriorityRanking.rank(ranked(rubric), input, history(hub, now, affiliates),
				new RankingSettings(own.getEquityWeight().doubleValue(), remaining));
		return new Ranked(ranking, candidates);
	}

	private List<MemberReview> memberReviews(HelpRequest request) {
		Optional<AgendaItem> item = agenda.current(request);
		if (item.isEmpty()) {
			return List.of();
		}
		List<MemberReview> out = new ArrayList<>();
		for (Review review : reviews.all(item.get())) {
			Optional<Rubric> under = rubrics.version(review.getRubricId());
			Map<Long, Answer> answers = new HashMap<>();
			review.getScores().forEach((criterion, score) -> under.flatMap(r -> r.criterion(criterion))
				.ifPresent(c -> answers.put(criterion, c.isGate() ? Answer.gate(gate(score.value()))
						: Answer.score(score.value()))));
			out.add(new MemberReview(review.getMemberId(), conflicts.conflicted(request, review.getMemberId()), answers));
		}
		return out;
	}

	private EquityHistory history(Hub hub, Instant now, Map<Long, Affiliate> affiliates) {
		Map<EquityDimension, Map<String, double[]>> activity = new EnumMap<>(EquityDimension.class);
		Map<EquityDimension, Set<String>> submitters = new EnumMap<>(EquityDimension.class);
		for (EquityDimension d : EquityDimension.values()) {
			activity.put(d, new HashMap<>());
			submitters.put(d, new HashSet<>());
		}
		for (RequestFigures.Help help : figures.since(hub, now.minus(Duration.ofDays(365)))) {
			EquityGroups groups = groups(help.affiliateId(), affiliates);
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

	private static EquityGroups groups(Long affiliateId, Map<Long, Affiliate> affiliates) {
		Affiliate affiliate = affiliateId == null ? null : affiliates.get(affiliateId);
		if (affiliate == null) {
			return new EquityGroups(null, null, null);
		}
		return new EquityGroups(String.valueOf(affiliate.getId()),
				affiliate.getRegion() == null ? null : affiliate.getRegion().getCode(), affiliate.getType().name());
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
