package org.hubdesk.committee.internal.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Comment;
import org.hubdesk.committee.internal.Conflicts;
import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Decision;
import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.committee.internal.Discussion;
import org.hubdesk.committee.internal.Review;
import org.hubdesk.committee.internal.Reviews;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.committee.internal.Sight;
import org.hubdesk.committee.internal.Vote;
import org.hubdesk.committee.internal.api.CommitteeJson.CommentJson;
import org.hubdesk.committee.internal.api.CommitteeJson.DecisionJson;
import org.hubdesk.committee.internal.api.CommitteeJson.DecisionVoteJson;
import org.hubdesk.committee.internal.api.CommitteeJson.MeetingRefJson;
import org.hubdesk.committee.internal.api.CommitteeJson.MemberReviewJson;
import org.hubdesk.committee.internal.api.CommitteeJson.QuorumJson;
import org.hubdesk.committee.internal.api.CommitteeJson.ReviewJson;
import org.hubdesk.committee.internal.api.CommitteeJson.ScoreJson;
import org.hubdesk.committee.internal.api.CommitteeJson.SightJson;
import org.hubdesk.committee.internal.api.CommitteeJson.VoteJson;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.springframework.stereotype.Component;

/**
 * The committee's work on a request as the caller may see it, part by part as {@link Sight} says: a
 * conflicted caller gets the public part only; the hub's staff the quorum and the decision, without
 * a score or a vote; a member their own review and vote, the discussion, and the others' reviews
 * and votes only once Sight shows them.
 */
@Component
class ReviewViews {

	private final Sight sight;
	private final Agenda agenda;
	private final Reviews reviews;
	private final Decisions decisions;
	private final Discussion discussion;
	private final Conflicts conflicts;
	private final Rubrics rubrics;
	private final People people;

	ReviewViews(Sight sight, Agenda agenda, Reviews reviews, Decisions decisions, Discussion discussion,
			Conflicts conflicts, Rubrics rubrics, People people) {
		this.sight = sight;
		this.agenda = agenda;
		this.reviews = reviews;
		this.decisions = decisions;
		this.discussion = discussion;
		this.conflicts = conflicts;
		this.rubrics = rubrics;
		this.people = people;
	}

	ReviewJson of(HubViewer viewer, HelpRequest request) {
		Hub hub = viewer.hub();
		Optional<AgendaItem> placed = agenda.current(request);
		Sight.View view = sight.of(viewer, request, placed.orElse(null));
		MeetingRefJson meeting = placed.map(i -> new MeetingRefJson(i.getMeeting().getId(),
				i.getMeeting().getStartsAt(), i.getMeeting().getMinutes())).orElse(null);
		SightJson seen = new SightJson(view.member(), view.chair(), view.conflicted(), view.ownIn(),
				view.othersScores());
		if (view.conflicted() || placed.isEmpty()) {
			return review(hub, request, meeting, seen, null, null, null, null, null);
		}
		AgendaItem item = placed.get();
		Decisions.Quorum q = decisions.quorum(hub, request, item);
		QuorumJson quorum = new QuorumJson(q.scored(), q.eligible(), q.met());
		Optional<Decision> decision = decisions.of(item);
		if (!view.member()) {
			return review(hub, request, meeting, seen, quorum, null, null, null,
					decision.map(d -> decision(d, false, Map.of())).orElse(null));
		}
		long me = viewer.id();
		Set<Long> eligible = conflicts.eligible(hub, request);
		Map<Long, Review> reviewed = reviews.all(item).stream()
			.collect(Collectors.toMap(Review::getMemberId, Function.identity()));
		Map<Long, Vote> voted = decisions.votes(item).stream()
			.collect(Collectors.toMap(Vote::getMemberId, Function.identity()));
		List<Comment> comments = view.discussion() ? discussion.of(item) : List.of();
		Set<Long> named = new LinkedHashSet<>(reviewed.keySet());
		named.addAll(voted.keySet());
		named.add(me);
		comments.forEach(c -> named.add(c.getAuthorId()));
		decision.ifPresent(d -> named.addAll(d.getMembers()));
		Map<Long, String> names = people.names(named);
		Map<Long, Rubric> versions = new HashMap<>();
		MemberReviewJson own = member(hub, me, reviewed.get(me), voted.get(me), names, versions);
		List<MemberReviewJson> others = null;
		if (view.othersScores()) {
			Set<Long> took = new LinkedHashSet<>(reviewed.keySet());
			took.addAll(voted.keySet());
			others = took.stream().filter(m -> m != me && eligible.contains(m))
				.map(m -> member(hub, m, reviewed.get(m), voted.get(m), names, versions)).toList();
		}
		List<CommentJson> said = view.discussion() ? comments.stream()
			.map(c -> new CommentJson(c.getId(), names.getOrDefault(c.getAuthorId(), ""), c.getBody(), c.getPostedAt()))
			.toList() : null;
		return review(hub, request, meeting, seen, quorum, own, others, said,
				decision.map(d -> decision(d, view.othersScores(), names)).orElse(null));
	}

	/** A member's review and vote, its scores in the order of the rubric it was made under. */
	MemberReviewJson member(Hub hub, long memberId, Review review, Vote vote, Map<Long, String> names,
			Map<Long, Rubric> versions) {
		VoteJson voteJson = vote == null ? null : new VoteJson(vote.getChoice(), vote.getReason(), vote.getVotedAt());
		String name = names.getOrDefault(memberId, "");
		if (review == null) {
			return new MemberReviewJson(name, null, rubrics.current(hub).getNumber(), null, null, false, List.of(),
					voteJson);
		}
		Rubric rubric = versions.computeIfAbsent(review.getRubricId(), id -> rubrics.version(id).orElseThrow());
		Map<Long, Review.Score> given = review.getScores();
		List<ScoreJson> scores = new ArrayList<>();
		for (Criterion criterion : rubric.getCriteria()) {
			Review.Score score = given.get(criterion.getId());
			if (score != null) {
				scores.add(new ScoreJson(criterion.getId(), criterion.getCode(), score.value(), score.comment()));
			}
		}
		return new MemberReviewJson(name, review.getVersion(), rubric.getNumber(), review.getSubmittedAt(),
				review.getUpdatedAt(), reviews.complete(review), scores, voteJson);
	}

	private DecisionJson decision(Decision decision, boolean withVotes, Map<Long, String> names) {
		int version = rubrics.version(decision.getRubricId()).map(Rubric::getNumber).orElse(0);
		List<DecisionVoteJson> votes = withVotes ? decision.getMembers().stream()
			.map(m -> new DecisionVoteJson(names.getOrDefault(m, ""), decision.voteOf(m).orElse(null)))
			.toList() : null;
		return new DecisionJson(decision.getOutcome(), decision.getReasons(), decision.getPublicSummary(),
				decision.getDecidedAt(), version, decision.isByConsensus(), votes);
	}

	private static ReviewJson review(Hub hub, HelpRequest request, MeetingRefJson meeting, SightJson seen,
			QuorumJson quorum, MemberReviewJson own, List<MemberReviewJson> others, List<CommentJson> said,
			DecisionJson decision) {
		return new ReviewJson(request.getNumber(), request.reference(hub.getNumberPrefix()), request.getTitle(),
				request.getState(), request.getVersion(), meeting, seen, quorum, own, others, said, decision);
	}
}
