package org.hubdesk.request;

import java.util.Objects;

import org.hubdesk.shared.Refusal;

/**
 * A move of a request by its lifecycle: who makes it, to which state and why, and the facts some
 * moves are judged on — how a request closed before any decision is resolved (and, for a duplicate,
 * the original it is merged into, null when there is none), and whether the outcome is reported.
 */
public record Move(Mover by, RequestState to, Long actorId, String reason, Resolution resolution,
		HelpRequest original, boolean outcomeReported) {

	/**
	 * Refuses this move of the request when the mover may not make it from the request's state
	 * ({@link RequestState#allows}), the hub gives no reason, completing comes before the outcome
	 * report, or closing a request never decided on lacks a resolution (a duplicate names its
	 * original: another submitted request of the same hub).
	 * @throws Refusal naming the field at fault
	 */
	void check(HelpRequest request) {
		RequestState from = request.getState();
		if (!from.allows(by, to)) {
			throw new Refusal("to", "request.error.transition");
		}
		if (by.forHub() && (reason == null || reason.isBlank())) {
			throw new Refusal("reason", "validation.required");
		}
		if (to == RequestState.COMPLETED && !outcomeReported) {
			throw new Refusal("outcome", "request.error.outcome-first");
		}
		if (to == RequestState.CLOSED && from.closesWithResolution()) {
			if (resolution == null) {
				throw new Refusal("resolution", "validation.required");
			}
			if (resolution == Resolution.DUPLICATE && !mergeable(request)) {
				throw new Refusal("duplicateOf", "request.error.merge-target");
			}
		}
	}

	private boolean mergeable(HelpRequest request) {
		return original != null && original != request && !Objects.equals(original.getId(), request.getId())
				&& original.getHubId().equals(request.getHubId()) && original.getState() != RequestState.DRAFT;
	}

	/** A move that needs no facts besides who makes it and why. */
	public static Move of(Mover by, RequestState to, Long actorId, String reason) {
		return new Move(by, to, actorId, reason, null, null, false);
	}

	/** The same move, closing with a resolution (and the original of a duplicate). */
	public Move closing(Resolution how, HelpRequest originalRequest) {
		return new Move(by, to, actorId, reason, how, originalRequest, outcomeReported);
	}

	/** The same move, knowing whether the request's outcome is reported. */
	public Move withOutcome(boolean reported) {
		return new Move(by, to, actorId, reason, resolution, original, reported);
	}
}
