package org.hubdesk.impact.internal.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.hubdesk.impact.internal.ImpactTarget;
import org.hubdesk.impact.internal.RequestImpact;
import org.hubdesk.impact.internal.Snapshot;
import org.hubdesk.impact.internal.TopPages;

/** A request's usefulness on the platforms as the API gives it. */
record ImpactJson(List<TargetJson> targets) {

	/** A target with its latest snapshot and every snapshot, oldest first (without their top pages). */
	record TargetJson(long id, @Schema(allowableValues = { "COMMONS_CATEGORY", "WIKIDATA_ITEMS" }) String kind,
			String title, int depth, List<String> items, boolean withPageViews, boolean refreshing,
			ProgressJson progress, String lastError, String lastErrorKind, Instant lastErrorAt,
			Instant lastRefreshedAt, SnapshotJson latest, List<SnapshotJson> snapshots) {
	}

	/** How far a running refresh has come: categories read of all, files found. */
	record ProgressJson(int categoriesRead, int categories, int files) {
	}

	/** A snapshot's figures; Wikidata items' figures are null for a category and the reverse. */
	record SnapshotJson(Instant takenAt, Integer files, Integer filesInUse, Double shareInUse, Integer distinctPages,
			Integer distinctWikis, Integer mainNamespaceUses, Integer itemsFound, Integer itemsWithImage,
			Integer sitelinks, List<TopPages.Page> topPages) {
	}

	static ImpactJson of(RequestImpact impact, java.util.Map<Long, List<Snapshot>> all) {
		return new ImpactJson(impact.targets().stream().map(t -> target(t, all.getOrDefault(t.target().getId(), List.of())))
			.toList());
	}

	static TargetJson target(RequestImpact.Target view, List<Snapshot> snapshots) {
		ImpactTarget t = view.target();
		ProgressJson progress = t.isRefreshing()
				? new ProgressJson(t.getProgressDone(), t.getProgressTotal(), t.getProgressFiles()) : null;
		return new TargetJson(t.getId(), t.getKind().name(), t.getTitle(), t.getDepth(), t.getItems(),
				t.isWithPageViews(), t.isRefreshing(), progress, t.getLastError(), t.getLastErrorKind(),
				t.getLastErrorAt(), t.getLastRefreshedAt(), view.latest() == null ? null : snapshot(view.latest(), true),
				snapshots.stream().map(s -> snapshot(s, false)).toList());
	}

	static SnapshotJson snapshot(Snapshot s, boolean withTopPages) {
		boolean items = s.getItemsFound() != null;
		return new SnapshotJson(s.getTakenAt(), items ? null : s.getFiles(), items ? null : s.getFilesInUse(),
				items ? null : s.getShareInUse(), items ? null : s.getDistinctPages(),
				items ? null : s.getDistinctWikis(), items ? null : s.getMainNamespaceUses(), s.getItemsFound(),
				s.getItemsWithImage(), s.getSitelinks(), withTopPages ? TopPages.read(s.getTopPages()) : null);
	}
}
