package org.hubdesk.request.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubdesk.request.Audience;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Resolution;
import org.hubdesk.request.RightsStatus;
import org.hubdesk.shared.Refusal;

/**
 * What the requests API reads and writes: plain records, never the entities. Optional flags are
 * {@code Boolean}s, absent meaning false.
 */
public final class RequestApiJson {

	/** A Wikidata item, or nothing. */
	static final String QID = "(Q[1-9][0-9]*)?";

	private RequestApiJson() {
	}

	/** The values of a list the caller sent, refused (400 naming the field) when one is null. */
	static <T> Set<T> elements(String field, Set<T> values) {
		if (values != null && values.stream().anyMatch(Objects::isNull)) {
			throw new Refusal(field, "api.error.value");
		}
		return values;
	}

	/** A new request: its details, co-requesters by username, and whether to submit it at once. */
	record RequestInput(
			@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.too-long}") String title,
			Long affiliateId,
			@Size(max = 300, message = "{validation.too-long}") String affiliateOther,
			@Size(max = 300, message = "{validation.too-long}") String partnerName,
			@Pattern(regexp = QID, message = "{validation.qid}") String partnerQid,
			@Size(max = 1000, message = "{validation.too-long}") String contentTypes,
			@Size(max = 300, message = "{validation.too-long}") String estimatedVolume,
			RightsStatus rightsStatus,
			Set<Platform> platforms,
			@Size(max = 10000, message = "{validation.too-long}") String usefulnessPlan,
			Long thematicGroupId,
			@Size(max = 20, message = "{validation.too-long}") String language,
			@Size(max = 300, message = "{validation.too-long}") String desiredTimeline,
			@Size(max = 20000, message = "{validation.too-long}") String description,
			Boolean consentToPublish,
			Set<Long> needIds,
			Set<String> coRequesters,
			Boolean submit) {

		boolean consents() {
			return Boolean.TRUE.equals(consentToPublish);
		}

		boolean submitNow() {
			return Boolean.TRUE.equals(submit);
		}
	}

	/**
	 * A change of a request's details: absent (null) fields stay as they are; {@code version} is the
	 * version the change is based on.
	 */
	record RequestPatch(
			@Size(max = 300, message = "{validation.too-long}") String title,
			Long affiliateId,
			@Size(max = 300, message = "{validation.too-long}") String affiliateOther,
			@Size(max = 300, message = "{validation.too-long}") String partnerName,
			@Pattern(regexp = QID, message = "{validation.qid}") String partnerQid,
			@Size(max = 1000, message = "{validation.too-long}") String contentTypes,
			@Size(max = 300, message = "{validation.too-long}") String estimatedVolume,
			RightsStatus rightsStatus,
			Set<Platform> platforms,
			@Size(max = 10000, message = "{validation.too-long}") String usefulnessPlan,
			Long thematicGroupId,
			@Size(max = 20, message = "{validation.too-long}") String language,
			@Size(max = 300, message = "{validation.too-long}") String desiredTimeline,
			@Size(max = 20000, message = "{validation.too-long}") String description,
			Boolean consentToPublish,
			Set<Long> needIds,
			Set<String> coRequesters,
			@NotNull(message = "{validation.required}") Long version) {
	}

	/** Submitting a draft, based on its version. */
	record SubmitInput(@NotNull(message = "{validation.required}") Long version) {
	}

	/** A move by the lifecycle; a duplicate names the request (by number) it is merged into. */
	record TransitionInput(
			@NotNull(message = "{validation.required}") RequestState to,
			@NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.too-long}") String reason,
			Resolution resolution,
			Integer duplicateOf,
			@NotNull(message = "{validation.required}") Long version) {
	}

	/** Who works a request: a member of the hub's staff by username, or nobody (null). */
	record AssignmentInput(String assignee, @NotNull(message = "{validation.required}") Long version) {
	}

	/**
	 * A reply, or for staff an internal note. Staff say which it is: {@code internal} is required of
	 * them; a requester's message is always a public reply.
	 */
	record MessageInput(
			@NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.too-long}") String body,
			@Schema(description = "true for an internal note (staff only), false for a public reply; required of staff")
			Boolean internal) {

		boolean isInternal() {
			return Boolean.TRUE.equals(internal);
		}
	}

	/**
	 * A request in a list, as the desk and the caller's own list show it: people by their names; who
	 * it is assigned to only for the hub's staff.
	 */
	record RequestSummary(Integer number, String reference, String title, RequestState state, String requester,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "the assignee's name; staff only, absent when unassigned")
			String assignee,
			Instant submittedAt, Instant updatedAt, Instant firstResponseAt) {
	}

	/** One page of a list. */
	record PageJson<T>(List<T> items, int page, int size, long total) {
	}

	/**
	 * A request as its page shows it to the caller: people by their names (the requester's
	 * co-requesters by the usernames they were added with); for the hub's staff only, who it is
	 * assigned to, its tags and estimated effort, internal notes and internal timeline entries.
	 */
	public record RequestJson(Long draftId, Integer number, String reference, RequestState state, long version,
			@Schema(description = "the requester's name") String requester,
			@Schema(description = "the co-requesters' usernames") Set<String> coRequesters,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "the assignee's name; staff only, absent when unassigned")
			String assignee,
			String title, Long affiliateId,
			String affiliateOther, String partnerName, String partnerQid, String contentTypes, String estimatedVolume,
			RightsStatus rightsStatus, Set<Platform> platforms, String usefulnessPlan, Long thematicGroupId,
			String language, String desiredTimeline, String description, boolean consentToPublish, Set<Long> needIds,
			@Schema(description = "the summary in the hub's working language, when staff wrote one") String summary,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "staff only") Set<String> tags,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "staff only")
			BigDecimal estimatedEffortHours,
			Resolution resolution, Integer duplicateOf, Instant createdAt, Instant submittedAt, Instant updatedAt,
			Instant firstResponseAt, List<MessageJson> messages, List<TimelineJson> timeline) {
	}

	/** A message: its author by name. */
	record MessageJson(long id, @Schema(description = "the author's name") String author, String body,
			boolean internal, Instant createdAt) {
	}

	/**
	 * One entry of the timeline: {@code kind} names the request module's own kinds as it always has
	 * ({@code SUBMITTED}, {@code STATUS_CHANGED}, …) and another module's by its key; {@code key} is
	 * always the kind's full key ({@code request.SUBMITTED}, {@code committee.decision}); {@code text}
	 * is the entry worded in the caller's language (absent when it says nothing beyond its message);
	 * {@code from}, {@code to}, {@code field} and {@code detail} are the request module's own facts,
	 * also in {@code facts}; {@code actor} is who did it, by name.
	 */
	record TimelineJson(Instant at, @Schema(description = "who did it, by name") String actor, String kind, String key, String text, Map<String, String> facts,
			Audience audience, RequestState from, RequestState to, String field, String detail, boolean internal) {
	}
}
