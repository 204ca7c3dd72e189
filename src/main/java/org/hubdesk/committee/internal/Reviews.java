package org.hubdesk.committee.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' reviews of the requests on the agenda: a score for every criterion of the rubric, each
 * with an optional comment, revisable until the decision with every replaced score kept.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

	private final ReviewRepository reviews;
	private final ScoreChangeRepository changes;
	private final DecisionRepository decisions;
	private final Rubrics rubrics;
	private final Conflicts conflicts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Reviews(ReviewRepository reviews, ScoreChangeRepository changes, DecisionRepository decisions, Rubrics rubrics,
			Conflicts conflicts, ApplicationEventPublisher events, Clock clock) {
		this.reviews = reviews;
		this.changes = changes;
		this.decisions = decisions;
		this.rubrics = rubrics;
		this.conflicts = conflicts;
		this.events = events;
		this.clock = clock;
	}

	public Optional<Review> of(AgendaItem item, long memberId) {
		return reviews.findByAgendaItemIdAndMemberId(item.getId(), memberId);
	}

	/** Every review of the item. Who may see which is {@link Sight}'s to say. */
	public List<Review> all(AgendaItem item) {
		return reviews.findByAgendaItemId(item.getId());
	}

	/** Whether the member's review of the item scores every criterion of its rubric. */
	public boolean complete(AgendaItem item, long memberId) {
		return of(item, memberId).map(this::complete).orElse(false);
	}

	public boolean complete(Review review) {
		return rubrics.version(review.getRubricId())
			.map(r -> r.getCriteria().stream().allMatch(c -> review.getScores().containsKey(c.getId()))).orElse(false);
	}

	/** A score as the ranking reads it. */
	public record Given(long itemId, long memberId, long rubricId, long criterionId, int value) {
	}

	/** Who has scored every criterion of their review's rubric, by item id: one reading for all the items. */
	public Map<Long, Set<Long>> complete(Collection<AgendaItem> items) {
		Map<Long, Set<Long>> out = new HashMap<>();
		for (List<Long> chunk : chunks(items)) {
			for (Object[] row : reviews.countScores(chunk)) {
				long rubric = ((Number) row[2]).longValue();
				long scored = ((Number) row[3]).longValue();
				if (rubrics.version(rubric).map(r -> r.getCriteria().size() == scored).orElse(false)) {
					out.computeIfAbsent(((Number) row[0]).longValue(), i -> new HashSet<>()).add(((Number) row[1]).longValue());
				}
			}
		}
		return out;
	}

	/** Every score given on the items, in one reading. */
	public List<Given> given(Collection<AgendaItem> items) {
		List<Given> out = new ArrayList<>();
		for (List<Long> chunk : chunks(items)) {
			for (Object[] row : reviews.scoresOf(chunk)) {
				out.add(new Given(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
						((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).intValue()));
			}
		}
		return out;
	}

	private static List<List<Long>> chunks(Collection<AgendaItem> items) {
		List<Long> ids = items.stream().map(AgendaItem::getId).toList();
		List<List<Long>> out = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			out.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
		}
		return out;
	}

	public List<ScoreChange> history(Review review) {
		return changes.findByReviewIdOrderByReplacedAtAsc(review.getId());
	}

	/**
	 * Saves the member's scores of the request on the item: every criterion of the hub's current
	 * rubric (or of the one their review began under), each on its scale.
	 * @param expectedVersion the review's version the member saw, or null for a first review
	 * @throws Refusal (403) for a conflicted member; (409) once decided or out of review, or when the
	 *         review changed meanwhile; a score's field ({@code score[criterionId]}) when missing or off its scale
	 */
	@Transactional
	public Review score(Hub hub, HelpRequest request, AgendaItem item, long memberId, Map<Long, Review.Score> given,
			Long expectedVersion) {
		if (conflicts.conflicted(request, memberId) || !conflicts.committee(hub).contains(memberId)) {
			throw Refusal.forbidden();
		}
		if (request.getState() != RequestState.IN_REVIEW || decisions.findByAgendaItemId(item.getId()).isPresent()) {
			throw Refusal.conflict("committee.review.error.closed");
		}
		Optional<Review> existing = of(item, memberId);
		if (existing.isPresent() && (expectedVersion == null || existing.get().getVersion() != expectedVersion)) {
			throw Refusal.conflict("committee.review.error.stale");
		}
		Rubric rubric = existing.flatMap(r -> rubrics.version(r.getRubricId())).orElseGet(() -> rubrics.current(hub));
		Map<Long, Review.Score> checked = new HashMap<>();
		for (Criterion criterion : rubric.getCriteria()) {
			Review.Score score = given.get(criterion.getId());
			String field = "score[" + criterion.getId() + "]";
			if (score == null) {
				throw new Refusal(field, "committee.review.error.missing");
			}
			if (!criterion.getScale().takes(score.value())) {
				throw new Refusal(field, "committee.review.error.scale");
			}
			String comment = Inputs.optional("comment[" + criterion.getId() + "]", score.comment(), Review.COMMENT_MAX);
			checked.put(criterion.getId(), new Review.Score(score.value(), comment));
		}
		Instant now = clock.instant();
		Review review = existing.orElseGet(() -> new Review(item.getId(), memberId, rubric.getId(), now));
		Map<Long, Review.Score> replaced = review.score(checked, now);
		try {
			review = reviews.saveAndFlush(review);
		}
		catch (OptimisticLockingFailureException raced) {
			throw Refusal.conflict("committee.review.error.stale");
		}
		long reviewId = review.getId();
		replaced.forEach((criterion, was) -> changes.save(new ScoreChange(reviewId, criterion, was, now)));
		events.publishEvent(new ReviewSaved(hub.getId(), request.getId()));
		return review;
	}
}
