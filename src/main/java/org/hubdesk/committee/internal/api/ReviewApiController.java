package org.hubdesk.committee.internal.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Review;
import org.hubdesk.committee.internal.Reviews;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.committee.internal.Sight;
import org.hubdesk.committee.internal.api.CommitteeJson.MemberReviewJson;
import org.hubdesk.committee.internal.api.CommitteeJson.ReviewInput;
import org.hubdesk.committee.internal.api.CommitteeJson.ReviewJson;
import org.hubdesk.committee.internal.api.CommitteeJson.ScoreInput;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.shared.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request's review by the committee: what the caller may see of it, and a member's own scores.
 * Members score independently: the others' scores stay hidden from a member until their own review
 * scores every criterion.
 */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/committee/requests/{number:\\d+}/review")
@Tag(name = "Committee")
class ReviewApiController {

	/** A field the review service names by criterion: {@code score[12]} or {@code comment[12]}. */
	private static final Pattern BY_CRITERION = Pattern.compile("(score|comment)\\[(\\d+)]");

	private final CommitteeRequests found;
	private final ReviewViews views;
	private final Reviews reviews;
	private final Rubrics rubrics;
	private final Sight sight;
	private final People people;

	ReviewApiController(CommitteeRequests found, ReviewViews views, Reviews reviews, Rubrics rubrics, Sight sight,
			People people) {
		this.found = found;
		this.views = views;
		this.reviews = reviews;
		this.rubrics = rubrics;
		this.sight = sight;
		this.people = people;
	}

	@GetMapping
	@Operation(operationId = "getCommitteeReview",
			summary = "What the caller may see of the committee's work on a request (committee members and the hub's staff)",
			description = "A conflicted caller gets the request's public part only. A member gets their own review and vote "
					+ "and the discussion, and the others' scores, comments and votes once their own review is complete "
					+ "(the chair also once the meeting has started, when the hub says so). The hub's staff get the "
					+ "quorum and the decision, never a score or a vote. Anyone else: 404.")
	ReviewJson get(HubViewer viewer, @PathVariable int number) {
		return views.of(viewer, found.seen(viewer, number));
	}

	@PutMapping
	@Operation(operationId = "putCommitteeReview",
			summary = "Saves the caller's scores of the request: every criterion, each once (committee members not conflicted)",
			description = "Send the review's version to revise it (null for a first review). A score off its criterion's "
					+ "scale is refused naming scores[i].score.")
	MemberReviewJson put(HubViewer viewer, @PathVariable int number, @Valid @RequestBody ReviewInput in) {
		HelpRequest request = found.forMember(viewer, number);
		AgendaItem item = found.item(request);
		if (!sight.of(viewer, request, item).takesPart()) {
			throw Refusal.forbidden();
		}
		Hub hub = viewer.hub();
		long me = viewer.id();
		Rubric rubric = reviews.of(item, me).flatMap(r -> rubrics.version(r.getRubricId()))
			.orElseGet(() -> rubrics.current(hub));
		Map<Long, Review.Score> given = new HashMap<>();
		Map<Long, Integer> index = new HashMap<>();
		List<ScoreInput> scores = in.scores();
		for (int i = 0; i < scores.size(); i++) {
			ScoreInput score = scores.get(i);
			if (rubric.criterion(score.criterionId()).isEmpty()) {
				throw new Refusal("scores[" + i + "].criterionId", "committee.api.error.criterion", rubric.getNumber());
			}
			if (index.putIfAbsent(score.criterionId(), i) != null) {
				throw new Refusal("scores[" + i + "].criterionId", "committee.api.error.criterion-twice");
			}
			given.put(score.criterionId(), new Review.Score(score.score(), score.comment()));
		}
		Review review;
		try {
			review = reviews.score(hub, request, item, me, given, in.version());
		}
		catch (Refusal refused) {
			throw atInput(refused, rubric, index);
		}
		return views.member(hub, me, review, null, people.names(List.of(me)), new HashMap<>());
	}

	/** A refusal that names a criterion's score or comment, naming instead the field of the input at fault. */
	private static Refusal atInput(Refusal refused, Rubric rubric, Map<Long, Integer> index) {
		Matcher named = refused.getField() == null ? null : BY_CRITERION.matcher(refused.getField());
		if (refused.getReason() != Refusal.Reason.INVALID || named == null || !named.matches()) {
			return refused;
		}
		long criterion = Long.parseLong(named.group(2));
		Integer at = index.get(criterion);
		if (at == null) {
			String code = rubric.criterion(criterion).map(Criterion::getCode).orElse(named.group(2));
			return new Refusal("scores", "committee.api.error.unscored", code);
		}
		return new Refusal("scores[" + at + "]." + named.group(1), refused.getMessageKey(), refused.getArguments());
	}
}
