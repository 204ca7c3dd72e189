package org.hubdesk.impact.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubdesk.directory.Directory;
import org.hubdesk.directory.ThematicGroup;
import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.RequestWork;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub's rollup: across the Commons targets of its requests that reached completion (completed,
 * or closed after it), the distinct files, files in use, pages and wikis at each month's end, for
 * all of them or one campaign (the request's thematic group), and each campaign's figures now.
 */
@Service
public class HubImpact {

	/** A campaign's figures now: its name (null for requests of no campaign), its requests, its latest month. */
	public record Campaign(Long id, String name, int requests, MonthlyFigures.Month now) {
	}

	/** The rollup: the months (of one campaign, when chosen), the campaigns, and how many requests count. */
	public record Rollup(List<MonthlyFigures.Month> months, List<Campaign> campaigns, int requests) {

		public MonthlyFigures.Month now() {
			return months.isEmpty() ? null : months.get(months.size() - 1);
		}
	}

	private final ImpactTargets targets;
	private final Snapshots snapshots;
	private final ContentsStore contents;
	private final Requests requests;
	private final RequestWork work;
	private final Directory directory;
	private final Clock clock;

	HubImpact(ImpactTargets targets, Snapshots snapshots, ContentsStore contents, Requests requests, RequestWork work,
			Directory directory, Clock clock) {
		this.targets = targets;
		this.snapshots = snapshots;
		this.contents = contents;
		this.requests = requests;
		this.work = work;
		this.directory = directory;
		this.clock = clock;
	}

	/** The hub's rollup, its months for the campaign when one is chosen (0 for requests of no campaign). */
	@Transactional(readOnly = true)
	public Rollup of(Hub hub, Long campaign) {
		List<ImpactTarget> commons = targets.findByHubIdOrderByIdAsc(hub.getId()).stream()
			.filter(t -> t.getKind() == TargetKind.COMMONS_CATEGORY)
			.toList();
		Map<Long, HelpRequest> completed = new HashMap<>();
		for (HelpRequest r : requests.byIds(commons.stream().map(ImpactTarget::getRequestId).distinct().toList())) {
			if (r.getState() == RequestState.COMPLETED
					|| r.getState() == RequestState.CLOSED && work.outcome(r).isPresent()) {
				completed.put(r.getId(), r);
			}
		}
		Map<Long, Long> requestOfTarget = new HashMap<>();
		commons.stream().filter(t -> completed.containsKey(t.getRequestId()))
			.forEach(t -> requestOfTarget.put(t.getId(), t.getRequestId()));
		List<Snapshot> all = requestOfTarget.isEmpty() ? List.of()
				: snapshots.findByTargetIdInOrderByTakenAtAscIdAsc(requestOfTarget.keySet());
		Map<Long, SnapshotContents> read = contents.of(MonthlyFigures.monthLatest(all));
		YearMonth until = YearMonth.now(clock.withZone(ZoneOffset.UTC));

		Map<Long, String> names = directory.thematicGroups().stream()
			.collect(Collectors.toMap(ThematicGroup::getId, ThematicGroup::getName));
		Map<Long, List<Long>> requestsByCampaign = new LinkedHashMap<>();
		completed.values().forEach(r -> requestsByCampaign
			.computeIfAbsent(Objects.requireNonNullElse(r.getThematicGroupId(), 0L), id -> new ArrayList<>())
			.add(r.getId()));
		List<Campaign> campaigns = new ArrayList<>();
		requestsByCampaign.forEach((id, ids) -> {
			List<MonthlyFigures.Month> months = MonthlyFigures.across(of(all, requestOfTarget, Set.copyOf(ids)), read,
					until, 1);
			campaigns.add(new Campaign(id, id == 0L ? null : names.get(id), ids.size(),
					months.isEmpty() ? null : months.get(0)));
		});
		campaigns.sort(Comparator.comparing((Campaign c) -> c.name() == null).thenComparing(
				c -> c.name() == null ? "" : c.name(), String.CASE_INSENSITIVE_ORDER));
		List<Snapshot> chosen = campaign == null ? all
				: of(all, requestOfTarget, Set.copyOf(requestsByCampaign.getOrDefault(campaign, List.of())));
		return new Rollup(MonthlyFigures.across(chosen, read, until, ImpactReadings.MONTHS), campaigns,
				campaign == null ? completed.size() : requestsByCampaign.getOrDefault(campaign, List.of()).size());
	}

	private static List<Snapshot> of(List<Snapshot> all, Map<Long, Long> requestOfTarget, Set<Long> requestIds) {
		return all.stream().filter(s -> requestIds.contains(requestOfTarget.get(s.getTargetId()))).toList();
	}
}
