package org.hubdesk.impact.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubdesk.request.HelpRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what requests' targets have measured, for the pages, the report and the API. */
@Service
public class ImpactReadings {

	/** The most months a chart shows. */
	static final int MONTHS = 24;
	/** The most top pages a request's report lists. */
	static final int TOP = 20;

	private final ImpactTargets targets;
	private final Snapshots snapshots;
	private final ContentsStore contents;
	private final Clock clock;

	ImpactReadings(ImpactTargets targets, Snapshots snapshots, ContentsStore contents, Clock clock) {
		this.targets = targets;
		this.snapshots = snapshots;
		this.contents = contents;
		this.clock = clock;
	}

	/** The request's targets and figures. */
	@Transactional(readOnly = true)
	public RequestImpact of(HelpRequest request) {
		List<ImpactTarget> list = targets.findByRequestIdOrderByIdAsc(request.getId());
		List<Snapshot> all = list.isEmpty() ? List.of()
				: snapshots.findByTargetIdInOrderByTakenAtAscIdAsc(list.stream().map(ImpactTarget::getId).toList());
		Map<Long, List<Snapshot>> byTarget = new HashMap<>();
		all.forEach(s -> byTarget.computeIfAbsent(s.getTargetId(), id -> new ArrayList<>()).add(s));
		List<RequestImpact.Target> views = new ArrayList<>();
		List<Snapshot> commons = new ArrayList<>();
		for (ImpactTarget t : list) {
			List<Snapshot> own = byTarget.getOrDefault(t.getId(), List.of());
			java.util.Set<Long> monthly = new java.util.HashSet<>(MonthlyFigures.monthLatest(own));
			List<Snapshot> history = own.stream().filter(s -> monthly.contains(s.getId())).toList();
			views.add(new RequestImpact.Target(t, own.isEmpty() ? null : own.get(own.size() - 1), history));
			if (t.getKind() == TargetKind.COMMONS_CATEGORY) {
				commons.addAll(own);
			}
		}
		return new RequestImpact(views, months(commons), RequestImpact.merged(views, TOP));
	}

	/**
	 * The request's targets with their latest snapshots only, read in two queries (one when it has no
	 * targets): what the request's page shows on every view, without history, months or top pages.
	 */
	@Transactional(readOnly = true)
	public RequestImpact latest(HelpRequest request) {
		List<ImpactTarget> list = targets.findByRequestIdOrderByIdAsc(request.getId());
		if (list.isEmpty()) {
			return new RequestImpact(List.of(), List.of(), List.of());
		}
		Map<Long, Snapshot> latest = new HashMap<>();
		snapshots.latest(list.stream().map(ImpactTarget::getId).toList()).forEach(s -> latest.put(s.getTargetId(), s));
		return new RequestImpact(list.stream().map(t -> new RequestImpact.Target(t, latest.get(t.getId()), List.of()))
			.toList(), List.of(), List.of());
	}

	/** The figures across these Commons snapshots at each month's end, to this month. */
	List<MonthlyFigures.Month> months(Collection<Snapshot> commons) {
		Map<Long, SnapshotContents> read = contents.of(MonthlyFigures.monthLatest(commons));
		return MonthlyFigures.across(commons, read, YearMonth.now(clock.withZone(ZoneOffset.UTC)), MONTHS);
	}

	/** Every snapshot of the targets, oldest first, by target. */
	@Transactional(readOnly = true)
	public Map<Long, List<Snapshot>> snapshotsOf(RequestImpact impact) {
		List<Long> ids = impact.targets().stream().map(t -> t.target().getId()).toList();
		Map<Long, List<Snapshot>> byTarget = new HashMap<>();
		if (!ids.isEmpty()) {
			snapshots.findByTargetIdInOrderByTakenAtAscIdAsc(ids)
				.forEach(s -> byTarget.computeIfAbsent(s.getTargetId(), id -> new ArrayList<>()).add(s));
		}
		return byTarget;
	}

	/** The targets of these requests. */
	@Transactional(readOnly = true)
	public List<ImpactTarget> targetsOf(Collection<Long> requestIds) {
		return requestIds.isEmpty() ? List.of() : targets.findByRequestIdInOrderByIdAsc(requestIds);
	}

	/** The Commons snapshots of these targets. */
	@Transactional(readOnly = true)
	public List<Snapshot> commonsSnapshots(Collection<ImpactTarget> of) {
		List<Long> ids = of.stream().filter(t -> t.getKind() == TargetKind.COMMONS_CATEGORY).map(ImpactTarget::getId)
			.toList();
		return ids.isEmpty() ? List.of() : snapshots.findByTargetIdInOrderByTakenAtAscIdAsc(ids);
	}
}
