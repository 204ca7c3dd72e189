package org.hubdesk.impact.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hubdesk.impact.SnapshotTaken;
import org.hubdesk.wikimedia.CategoryUsage;
import org.hubdesk.wikimedia.CommonsUsage;
import org.hubdesk.wikimedia.UsageFigures;
import org.hubdesk.wikimedia.WikidataFigures;
import org.hubdesk.wikimedia.WikidataItems;
import org.hubdesk.wikimedia.WikimediaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a target's snapshot: reads the platform (a long reading, outside any transaction, telling
 * the target how far it has come), then keeps the figures, what they were counted from and the top
 * pages' views in one transaction. A reading that fails keeps every snapshot there was and records
 * the error on the target. A target removed while it was read is left alone.
 */
@Service
class Measuring {

	private static final Logger log = LoggerFactory.getLogger(Measuring.class);

	private final ImpactTargets targets;
	private final Snapshots snapshots;
	private final ContentsStore contents;
	private final CommonsUsage commons;
	private final WikidataItems wikidata;
	private final TopPageViews views;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ImpactNotifications.Notifier notifier;

	Measuring(ImpactNotifications.Notifier notifier, ImpactTargets targets, Snapshots snapshots, ContentsStore contents, CommonsUsage commons,
			WikidataItems wikidata, TopPageViews views, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.targets = targets;
		this.snapshots = snapshots;
		this.contents = contents;
		this.commons = commons;
		this.wikidata = wikidata;
		this.views = views;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
		this.notifier = notifier;
	}

	/** Measures the target now; nothing when it is gone. */
	void measure(long targetId) {
		Optional<ImpactTarget> found = transactions.execute(status -> {
			Optional<ImpactTarget> target = targets.findById(targetId);
			target.ifPresent(t -> t.refreshAsked(clock.instant()));
			return target;
		});
		if (found.isEmpty()) {
			return;
		}
		ImpactTarget target = found.get();
		try {
			if (target.getKind() == TargetKind.COMMONS_CATEGORY) {
				CategoryUsage usage = commons.read(target.getTitle(), target.getDepth(),
						(done, total, files) -> progress(targetId, done, total, files));
				UsageFigures figures = UsageFigures.of(usage);
				List<TopPages.Page> top = views.of(figures.topPages(), target.isWithPageViews());
				keep(targetId, clock.instant(), now -> Snapshot.ofCategory(targetId, now, figures.files(),
						figures.filesInUse(), figures.shareInUse(), figures.distinctPages(), figures.distinctWikis(),
						figures.mainNamespaceUses(), TopPages.write(top)), SnapshotContents.of(usage.files()));
			}
			else {
				WikidataFigures figures = wikidata.read(target.getItems());
				keep(targetId, clock.instant(), now -> Snapshot.ofItems(targetId, now, figures.itemsFound(),
						figures.itemsWithImage(), figures.sitelinks()), null);
			}
		}
		catch (WikimediaException ex) {
			log.info("Refreshing impact target {} failed: {}", targetId, ex.getMessage());
			failed(targetId, ex.getKind().name(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Refreshing impact target {} failed", targetId, ex);
			failed(targetId, "UNEXPECTED", ex.getClass().getSimpleName());
		}
	}

	/** Records the failure on the target; its creator hears of it when the reading before had not failed. */
	private void failed(long targetId, String kind, String message) {
		transactions.executeWithoutResult(status -> targets.findById(targetId).ifPresent(t -> {
			boolean news = t.getLastError() == null;
			t.failed(kind, message, clock.instant());
			if (news) {
				notifier.tell(ImpactNotifications.FAILED, t);
			}
		}));
	}

	private void progress(long targetId, int done, int total, int files) {
		transactions.executeWithoutResult(status -> targets.progress(targetId, done, total, files));
	}

	private void keep(long targetId, Instant now, java.util.function.Function<Instant, Snapshot> made,
			SnapshotContents read) {
		transactions.executeWithoutResult(status -> targets.findById(targetId).ifPresent(target -> {
			Snapshot snapshot = snapshots.save(made.apply(now));
			if (read != null) {
				contents.keep(snapshot, read);
			}
			boolean first = target.getLastRefreshedAt() == null || target.getLastError() != null
					&& snapshots.countByTargetId(targetId) == 1;
			target.refreshed(now);
			if (first) {
				notifier.tell(ImpactNotifications.FIRST_READ, target);
			}
			int files = snapshot.getItemsFound() != null ? snapshot.getItemsFound() : snapshot.getFiles();
			int used = snapshot.getItemsWithImage() != null ? snapshot.getItemsWithImage() : snapshot.getFilesInUse();
			events.publishEvent(new SnapshotTaken(target.getHubId(), target.getRequestId(), targetId,
					snapshot.getId(), now, files, used));
		}));
	}
}
