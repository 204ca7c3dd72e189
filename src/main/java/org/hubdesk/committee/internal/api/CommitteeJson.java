package org.hubdesk.committee.internal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hubdesk.committee.internal.Outcome;
import org.hubdesk.committee.internal.Scale;
import org.hubdesk.request.RequestState;

/**
 * What the committee's API reads and writes: plain records, never the entities. People appear by
 * their names; a part the caller may not see is absent, not empty.
 */
final class CommitteeJson {

	private CommitteeJson() {
	}

	/** The hub's rubric now, with λ of the ranking formula. */
	record RubricJson(@Schema(description = "the version's number: 1, 2, …") int number, Instant createdAt,
			@Schema(description = "the committee's principles, by language") Map<String, String> principles,
			@Schema(description = "why the weights are what they are, by language") Map<String, String> weights,
			List<CriterionJson> criteria,
			@Schema(description = "λ, the weight of the equity term E in the rank value R = S + λ·E") BigDecimal lambda) {
	}

	/** A criterion of the rubric: a score from lowest to highest, weighed; or a gate (0 no, 1 yes, 2 unclear) without weight. */
	record CriterionJson(long id, String code, Scale scale, int lowest, int highest, int weight,
			@Schema(description = "its name, by language") Map<String, String> names,
			@Schema(description = "its description, by language") Map<String, String> descriptions) {
	}

	/** A decision in the public log: only what the requester agreed to publish. */
	record LoggedDecisionJson(String reference, String title,
			@Schema(description = "the requesting affiliate's name, absent without one") @JsonInclude(JsonInclude.Include.NON_NULL) String affiliate,
			Outcome outcome, String publicSummary, Instant decidedAt, int rubricVersion) {
	}

	/** The meetings still to come (or under way), the soonest first, and the last ones held, the latest first. */
	record MeetingsJson(List<MeetingJson> upcoming, List<MeetingJson> past) {
	}

	record MeetingJson(long id, Instant startsAt, int minutes, Instant endsAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) String videoLink, List<AgendaEntryJson> agenda) {
	}

	/** A request on a meeting's agenda: its public part, and whether the committee has decided it. */
	record AgendaEntryJson(int number, String reference, String title, RequestState state, boolean decided) {
	}

	/** A meeting to schedule: when it starts, how many minutes it lasts (15–600), where it is held. */
	record MeetingInput(Instant startsAt, @NotNull(message = "{validation.required}") Integer minutes, String videoLink) {
	}

	/** A request in triage to put on the meeting's agenda, by its number, with the version the chair read. */
	record AgendaInput(@NotNull(message = "{validation.required}") Integer number,
			@NotNull(message = "{validation.required}") Long version) {
	}

	/**
	 * A request on an agenda not yet decided, as the caller's queue shows it: whether their own review
	 * is in, whether they are conflicted on it, and (unless conflicted) how many have scored it.
	 */
	record QueueEntryJson(int number, String reference, String title, RequestState state, long meetingId,
			Instant meetingStartsAt, boolean reviewIn, boolean conflicted,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "absent when the caller is conflicted") QuorumJson quorum) {
	}

	/** Who has scored the request in full, of the members not conflicted on it, and whether that is a quorum. */
	record QuorumJson(int scored, int eligible, boolean met) {
	}

	/**
	 * What the caller sees of the committee's work on a request. A conflicted caller sees its public
	 * part only; a member the others' reviews once their own is complete (or as chair once the meeting
	 * has started, when the hub says so); the hub's staff the decision, never a score or a vote.
	 */
	record ReviewJson(int number, String reference, String title, RequestState state,
			@Schema(description = "the request's version, which a decision is based on") long version,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "absent before the request is on an agenda") MeetingRefJson meeting,
			SightJson sight,
			@JsonInclude(JsonInclude.Include.NON_NULL) QuorumJson quorum,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "the caller's own review and vote; members not conflicted only") MemberReviewJson own,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "the others' reviews and votes, once the caller may see them") List<MemberReviewJson> others,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "members not conflicted only") List<CommentJson> discussion,
			@JsonInclude(JsonInclude.Include.NON_NULL) DecisionJson decision) {
	}

	record MeetingRefJson(long id, Instant startsAt, int minutes) {
	}

	/** What the caller sees, and why. */
	record SightJson(boolean member, boolean chair, boolean conflicted,
			@Schema(description = "whether the caller's own review scores every criterion") boolean ownIn,
			@Schema(description = "whether the others' scores, comments and votes are shown") boolean othersShown) {
	}

	/** A member's review (absent fields before they have one) and vote. */
	record MemberReviewJson(String member,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "the review's version, to send with a revision") Long version,
			@JsonInclude(JsonInclude.Include.NON_NULL) Integer rubricVersion,
			@JsonInclude(JsonInclude.Include.NON_NULL) Instant submittedAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) Instant updatedAt, boolean complete, List<ScoreJson> scores,
			@JsonInclude(JsonInclude.Include.NON_NULL) VoteJson vote) {
	}

	record ScoreJson(long criterionId, String code, int score, @JsonInclude(JsonInclude.Include.NON_NULL) String comment) {
	}

	record VoteJson(Outcome choice, String reason, Instant votedAt) {
	}

	/** The decision: for the committee's members also how each who took part voted (none by consensus). */
	record DecisionJson(Outcome outcome, String reasons, String publicSummary, Instant decidedAt, int rubricVersion,
			boolean byConsensus,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "members who see the others' votes only") List<DecisionVoteJson> votes) {
	}

	record DecisionVoteJson(String member, @JsonInclude(JsonInclude.Include.NON_NULL) Outcome vote) {
	}

	/**
	 * A member's scores: every criterion of the rubric the review is made under, each once; {@code version}
	 * is the review's version the member read, null for a first review.
	 */
	record ReviewInput(Long version,
			@NotNull(message = "{validation.required}") List<@Valid @NotNull(message = "{validation.required}") ScoreInput> scores) {
	}

	record ScoreInput(@NotNull(message = "{validation.required}") Long criterionId,
			@NotNull(message = "{validation.required}") @Schema(description = "on the criterion's scale: 1–5, or a gate's 0 no, 1 yes, 2 unclear") Integer score,
			String comment) {
	}

	/** A conflict of interest: where it comes from (REQUESTER, AFFILIATION or DECLARED), whether it holds, and why. */
	record ConflictJson(String member, String name, String source, boolean holds,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "DECLARED, CONFIRMED or LIFTED; absent for one nobody has recorded or ruled on") String status,
			@JsonInclude(JsonInclude.Include.NON_NULL) String reason,
			@JsonInclude(JsonInclude.Include.NON_NULL) Instant declaredAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) String ruling,
			@JsonInclude(JsonInclude.Include.NON_NULL) Instant ruledAt) {
	}

	record ConflictInput(String reason) {
	}

	/** The chair's ruling on a member's conflict: whether it holds, and why. */
	record RulingInput(@NotNull(message = "{validation.required}") Boolean holds, String reason) {
	}

	record CommentJson(long id, String author, String body, Instant postedAt) {
	}

	record CommentInput(String body) {
	}

	record VoteInput(Outcome choice, String reason) {
	}

	/** The chair's decision, based on the request's version they read. */
	record DecisionInput(@NotNull(message = "{validation.required}") Long version, Outcome outcome, String reasons,
			String publicSummary, Boolean byConsensus) {
	}
}
