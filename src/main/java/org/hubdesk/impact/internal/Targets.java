package org.hubdesk.impact.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.hubdesk.request.Audience;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.RequestTimeline;
import org.hubdesk.request.RequestWork;
import org.hubdesk.shared.Refusal;
import org.hubdesk.wikimedia.CategoryTitles;
import org.hubdesk.wikimedia.CommonsUsage;
import org.hubdesk.wikimedia.WikidataIds;
import org.hubdesk.wikimedia.WikimediaException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request's targets: named from the request's acceptance on (accepted, in progress, completed, or
 * closed after its completion), by its requesters and the hub's staff (whoever reads the request;
 * the callers find it through {@code RequestAccess}). Adding a target asks for its first refresh;
 * adding and removing are written on the request's timeline.
 */
@Service
public class Targets {

	/** The most targets one request has. */
	public static final int PER_REQUEST_MAX = 20;

	private final ImpactTargets targets;
	private final RequestWork work;
	private final RequestTimeline timeline;
	private final Refreshes refreshes;
	private final Clock clock;

	Targets(ImpactTargets targets, RequestWork work, RequestTimeline timeline, Refreshes refreshes, Clock clock) {
		this.targets = targets;
		this.work = work;
		this.timeline = timeline;
		this.refreshes = refreshes;
		this.clock = clock;
	}

	/** Whether the request may have targets now: from its acceptance on. */
	public boolean measurable(HelpRequest request) {
		RequestState state = request.getState();
		return switch (state) {
			case ACCEPTED, IN_PROGRESS, COMPLETED -> true;
			case CLOSED -> work.outcome(request).isPresent();
			default -> false;
		};
	}

	/** The request's targets, in the order they were added. */
	@Transactional(readOnly = true)
	public List<ImpactTarget> of(HelpRequest request) {
		return targets.findByRequestIdOrderByIdAsc(request.getId());
	}

	/** The request's target with this id; not there (404) when it is another's. */
	@Transactional(readOnly = true)
	public ImpactTarget one(HelpRequest request, long id) {
		return targets.findById(id).filter(t -> t.getRequestId().equals(request.getId())).orElseThrow(Refusal::notFound);
	}

	/**
	 * Adds a target and asks for its first refresh.
	 *
	 * @param title a category's name (for a category), or a name for the list (for Wikidata items; may be blank)
	 * @param depth the depth of subcategories, 0 to 3 (a category)
	 * @param items the QIDs, one a line (Wikidata items)
	 * @throws Refusal naming the field at fault, or a conflict when the request is not accepted yet
	 */
	@Transactional
	public ImpactTarget add(HelpRequest request, long actorId, TargetKind kind, String title, Integer depth,
			String items, boolean withPageViews) {
		if (!measurable(request)) {
			throw Refusal.conflict("impact.error.notAccepted");
		}
		if (kind == null) {
			throw new Refusal("kind", "impact.error.kind");
		}
		List<ImpactTarget> existing = targets.findByRequestIdOrderByIdAsc(request.getId());
		if (existing.size() >= PER_REQUEST_MAX) {
			throw new Refusal(null, "impact.error.tooMany", PER_REQUEST_MAX);
		}
		ImpactTarget target = kind == TargetKind.COMMONS_CATEGORY
				? category(request, actorId, title, depth == null ? 0 : depth, withPageViews)
				: items(request, actorId, title, items);
		if (existing.stream().anyMatch(t -> t.getKind() == target.getKind() && t.getTitle().equals(target.getTitle())
				&& t.getDepth() == target.getDepth() && t.getItems().equals(target.getItems()))) {
			throw new Refusal("title", "impact.error.duplicate");
		}
		ImpactTarget saved = targets.save(target);
		timeline.record(request, ImpactTimeline.ADDED, actorId,
				Map.of("kind", kind.name(), "title", saved.getTitle()), Audience.EVERYONE);
		refreshes.ask(saved);
		return saved;
	}

	/** Removes a target with its snapshots. */
	@Transactional
	public void remove(HelpRequest request, long actorId, long targetId) {
		ImpactTarget target = one(request, targetId);
		targets.delete(target);
		timeline.record(request, ImpactTimeline.REMOVED, actorId,
				Map.of("kind", target.getKind().name(), "title", target.getTitle()), Audience.EVERYONE);
	}

	private ImpactTarget category(HelpRequest request, long actorId, String name, int depth, boolean withPageViews) {
		if (depth < 0 || depth > CommonsUsage.MAX_DEPTH) {
			throw new Refusal("depth", "impact.error.depth", CommonsUsage.MAX_DEPTH);
		}
		String title;
		try {
			title = CategoryTitles.normalise(name);
		}
		catch (WikimediaException ex) {
			throw new Refusal("title", "impact.error.category", name == null ? "" : name.strip());
		}
		return new ImpactTarget(request.getHubId(), request.getId(), TargetKind.COMMONS_CATEGORY, title, depth, null,
				withPageViews, actorId, clock.instant());
	}

	private ImpactTarget items(HelpRequest request, long actorId, String name, String lines) {
		if (lines != null) {
			for (String line : lines.split("\\R")) {
				if (!line.isBlank() && WikidataIds.of(line) == null) {
					throw new Refusal("items", "impact.error.items", line.strip());
				}
			}
		}
		List<String> qids;
		try {
			qids = WikidataIds.normalise(lines);
		}
		catch (WikimediaException ex) {
			throw new Refusal("items", "impact.error.itemsMax", WikidataIds.MAX_ITEMS);
		}
		if (qids.isEmpty()) {
			throw new Refusal("items", "impact.error.itemsNeeded");
		}
		String title = name == null || name.isBlank() ? String.join(", ", qids.subList(0, Math.min(3, qids.size())))
				+ (qids.size() > 3 ? ", …" : "") : name.strip();
		if (title.length() > 300) {
			throw new Refusal("title", "impact.error.titleLong", 300);
		}
		return new ImpactTarget(request.getHubId(), request.getId(), TargetKind.WIKIDATA_ITEMS, title, 0, qids, false,
				actorId, clock.instant());
	}
}
