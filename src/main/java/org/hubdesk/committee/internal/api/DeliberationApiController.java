package org.hubdesk.committee.internal.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Comment;
import org.hubdesk.committee.internal.Decision;
import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.committee.internal.Discussion;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.committee.internal.Sight;
import org.hubdesk.committee.internal.Vote;
import org.hubdesk.committee.internal.api.CommitteeJson.CommentInput;
import org.hubdesk.committee.internal.api.CommitteeJson.CommentJson;
import org.hubdesk.committee.internal.api.CommitteeJson.DecisionInput;
import org.hubdesk.committee.internal.api.CommitteeJson.DecisionJson;
import org.hubdesk.committee.internal.api.CommitteeJson.VoteInput;
import org.hubdesk.committee.internal.api.CommitteeJson.VoteJson;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee deliberates on a request among the members not conflicted on it: they discuss it and
 * vote, each with a reason, and the chair records the decision once a quorum has scored it. The
 * decision moves the request and replies to its requester in their language.
 */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/committee/requests/{number:\\d+}")
@Tag(name = "Committee")
class DeliberationApiController {

	private final CommitteeRequests found;
	private final Sight sight;
	private final Discussion discussion;
	private final Decisions decisions;
	private final Rubrics rubrics;
	private final People people;

	DeliberationApiController(CommitteeRequests found, Sight sight, Discussion discussion, Decisions decisions,
			Rubrics rubrics, People people) {
		this.found = found;
		this.sight = sight;
		this.discussion = discussion;
		this.decisions = decisions;
		this.rubrics = rubrics;
		this.people = people;
	}

	@GetMapping("/discussion")
	@Operation(operationId = "getCommitteeDiscussion",
			summary = "The committee's discussion of a request, the earliest first (committee members not conflicted)")
	List<CommentJson> discussion(HubViewer viewer, @PathVariable int number) {
		Taking part = takingPart(viewer, number);
		List<Comment> comments = discussion.of(part.item());
		Map<Long, String> names = people.names(comments.stream().map(Comment::getAuthorId).collect(Collectors.toSet()));
		return comments.stream().map(c -> comment(c, names)).toList();
	}

	@PostMapping("/discussion")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "postCommitteeComment",
			summary = "Adds to the committee's discussion of a request (committee members not conflicted)")
	@ApiResponse(responseCode = "201", description = "Created")
	CommentJson comment(HubViewer viewer, @PathVariable int number, @Valid @RequestBody CommentInput in) {
		Taking part = takingPart(viewer, number);
		Comment comment = discussion.post(part.request(), part.item(), viewer.id(), in.body());
		return comment(comment, people.names(List.of(viewer.id())));
	}

	@PutMapping("/vote")
	@Operation(operationId = "putCommitteeVote",
			summary = "Votes on a request with a reason; a later vote replaces the caller's (committee members not conflicted)")
	VoteJson vote(HubViewer viewer, @PathVariable int number, @Valid @RequestBody VoteInput in) {
		Taking part = takingPart(viewer, number);
		Vote vote = decisions.vote(viewer.hub(), part.request(), part.item(), viewer.id(), in.choice(), in.reason());
		return new VoteJson(vote.getChoice(), vote.getReason(), vote.getVotedAt());
	}

	@PostMapping("/decision")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "decideCommitteeRequest",
			summary = "Records the committee's decision on a request in review (the chair, not conflicted)",
			description = "Based on the request's version the chair read. Refused with 409 when the request is decided "
					+ "already, no longer in review or changed meanwhile; without a quorum of the members not "
					+ "conflicted having scored it, with 400 naming outcome. The decision moves the request and "
					+ "replies to the requester in their language.")
	@ApiResponse(responseCode = "201", description = "Created")
	DecisionJson decide(HubViewer viewer, @PathVariable int number, @Valid @RequestBody DecisionInput in) {
		HelpRequest request = found.forChair(viewer, number);
		AgendaItem item = found.item(request);
		Decision decision = decisions.decide(viewer.hub(), request, item, viewer.id(), in.version(), in.outcome(),
				in.reasons(), in.publicSummary(), Boolean.TRUE.equals(in.byConsensus()));
		int version = rubrics.version(decision.getRubricId()).map(Rubric::getNumber).orElse(0);
		return new DecisionJson(decision.getOutcome(), decision.getReasons(), decision.getPublicSummary(),
				decision.getDecidedAt(), version, decision.isByConsensus(), null);
	}

	/** The request and its place on an agenda, for a member who takes part in its review; else refused. */
	private Taking takingPart(HubViewer viewer, int number) {
		HelpRequest request = found.forMember(viewer, number);
		AgendaItem item = found.item(request);
		if (!sight.of(viewer, request, item).takesPart()) {
			throw Refusal.forbidden();
		}
		return new Taking(request, item);
	}

	private static CommentJson comment(Comment comment, Map<Long, String> names) {
		return new CommentJson(comment.getId(), names.getOrDefault(comment.getAuthorId(), ""), comment.getBody(),
				comment.getPostedAt());
	}

	private record Taking(HelpRequest request, AgendaItem item) {
	}
}
