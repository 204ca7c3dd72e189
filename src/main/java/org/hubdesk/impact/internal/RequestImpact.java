package org.hubdesk.impact.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a request's page, report and API show of its usefulness on the platforms: its targets, each
 * with its latest snapshot and its history (the latest snapshot of each month), the request's
 * distinct files across its Commons targets at each month's end, and the pages that show the most of
 * its files.
 */
public record RequestImpact(List<Target> targets, List<MonthlyFigures.Month> months, List<TopPages.Page> topPages) {

	/** A target with its latest snapshot (null before the first) and its monthly history, oldest first. */
	public record Target(ImpactTarget target, Snapshot latest, List<Snapshot> history) {

		/** The latest snapshot's top pages. */
		public List<TopPages.Page> topPages() {
			return latest == null ? List.of() : TopPages.read(latest.getTopPages());
		}
	}

	/** Whether any target has a snapshot. */
	public boolean measured() {
		return targets.stream().anyMatch(t -> t.latest() != null);
	}

	/** Whether any target is being refreshed. */
	public boolean refreshing() {
		return targets.stream().anyMatch(t -> t.target().isRefreshing());
	}

	/** The latest month's figures across the request's Commons targets, if any. */
	public MonthlyFigures.Month now() {
		return months.isEmpty() ? null : months.get(months.size() - 1);
	}

	/** The pages showing the most files across the targets' latest snapshots, at most {@code most}. */
	static List<TopPages.Page> merged(List<Target> targets, int most) {
		Map<String, TopPages.Page> pages = new LinkedHashMap<>();
		for (Target t : targets) {
			for (TopPages.Page page : t.topPages()) {
				pages.merge(page.wiki() + "\t" + page.title(), page, (a, b) -> a.files() >= b.files() ? a : b);
			}
		}
		List<TopPages.Page> sorted = new ArrayList<>(pages.values());
		sorted.sort(Comparator.comparingInt((TopPages.Page p) -> -p.files()).thenComparing(TopPages.Page::wiki)
			.thenComparing(TopPages.Page::title));
		return sorted.subList(0, Math.min(most, sorted.size()));
	}
}
