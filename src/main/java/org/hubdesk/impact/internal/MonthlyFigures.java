package org.hubdesk.impact.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures across several Commons targets at each month's end (UTC): for each month, each target's
 * latest snapshot taken on or before the month's end, and the distinct files, files in use, pages and
 * wikis across what those snapshots were counted from (a file or a page in two targets counts once).
 * A target with no snapshot by a month's end adds nothing to it.
 */
public final class MonthlyFigures {

	/** One month's figures. */
	public record Month(YearMonth month, int files, int filesInUse, int pages, int wikis) {
	}

	private MonthlyFigures() {
	}

	/**
	 * The months from the earliest snapshot's to {@code until}, at most the last {@code most} of them.
	 *
	 * @param snapshots the targets' snapshots (any order)
	 * @param contents what the snapshots were counted from, by snapshot id
	 */
	static List<Month> across(Collection<Snapshot> snapshots, Map<Long, SnapshotContents> contents, YearMonth until,
			int most) {
		Map<Long, List<Snapshot>> byTarget = new HashMap<>();
		YearMonth first = null;
		for (Snapshot s : snapshots) {
			byTarget.computeIfAbsent(s.getTargetId(), id -> new ArrayList<>()).add(s);
			YearMonth m = month(s.getTakenAt());
			first = first == null || m.isBefore(first) ? m : first;
		}
		if (first == null || first.isAfter(until)) {
			return List.of();
		}
		byTarget.values().forEach(list -> list.sort(Comparator.comparing(Snapshot::getTakenAt).thenComparing(Snapshot::getId)));
		YearMonth start = until.minusMonths(most - 1L).isAfter(first) ? until.minusMonths(most - 1L) : first;
		List<Month> months = new ArrayList<>();
		for (YearMonth m = start; !m.isAfter(until); m = m.plusMonths(1)) {
			Instant end = m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
			Set<String> files = new HashSet<>();
			Set<String> used = new HashSet<>();
			Set<String> pages = new HashSet<>();
			for (List<Snapshot> list : byTarget.values()) {
				Snapshot chosen = null;
				for (Snapshot s : list) {
					if (s.getTakenAt().isBefore(end)) {
						chosen = s;
					}
				}
				SnapshotContents c = chosen == null ? null : contents.get(chosen.getId());
				if (c != null) {
					c.files().forEach((title, inUse) -> {
						files.add(title);
						if (inUse) {
							used.add(title);
						}
					});
					pages.addAll(c.pages());
				}
			}
			Set<String> wikis = new HashSet<>();
			pages.forEach(page -> wikis.add(page.substring(0, page.indexOf('\t'))));
			months.add(new Month(m, files.size(), used.size(), pages.size(), wikis.size()));
		}
		return months;
	}

	/** The snapshots that can be chosen for some month's end: the latest of each target's month. */
	static List<Long> monthLatest(Collection<Snapshot> snapshots) {
		Map<String, Snapshot> latest = new HashMap<>();
		for (Snapshot s : snapshots) {
			latest.merge(s.getTargetId() + "/" + month(s.getTakenAt()), s,
					(a, b) -> b.getTakenAt().isAfter(a.getTakenAt()) || b.getTakenAt().equals(a.getTakenAt())
							&& b.getId() > a.getId() ? b : a);
		}
		return latest.values().stream().map(Snapshot::getId).toList();
	}

	static YearMonth month(Instant at) {
		return YearMonth.from(at.atOffset(ZoneOffset.UTC));
	}
}
