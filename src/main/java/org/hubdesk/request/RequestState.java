package org.hubdesk.request;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * The states of a request's life:
 * <pre>
 * DRAFT → SUBMITTED → TRIAGE ⇄ WAITING_FOR_REQUESTER
 * TRIAGE → IN_REVIEW → ACCEPTED | DECLINED | DEFERRED | REFERRED
 * TRIAGE → REFERRED;  DEFERRED → TRIAGE;  TRIAGE → CLOSED (with a resolution)
 * ACCEPTED → IN_PROGRESS → COMPLETED → CLOSED;  DECLINED, REFERRED → CLOSED
 * any state before COMPLETED → WITHDRAWN (by the requester)
 * </pre>
 */
@NamedInterface("api")
public enum RequestState {
	DRAFT, SUBMITTED, TRIAGE, WAITING_FOR_REQUESTER, IN_REVIEW, ACCEPTED, DECLINED, DEFERRED, REFERRED, IN_PROGRESS,
	COMPLETED, CLOSED, WITHDRAWN;

	private static final Set<RequestState> OPEN = EnumSet.of(SUBMITTED, TRIAGE, WAITING_FOR_REQUESTER, IN_REVIEW,
			ACCEPTED, IN_PROGRESS);

	/**
	 * The open states: the hub still owes the request something (an answer, a decision, the work).
	 * Declined, deferred and referred requests are not open; neither are drafts nor requests done with.
	 */
	public static Set<RequestState> open() {
		return EnumSet.copyOf(OPEN);
	}

	/** Whether the hub still owes a request in this state something (see {@link #open()}). */
	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** The states staff may move a request to from this one (a module may reserve some, see {@link ReservedMoves}). */
	public Set<RequestState> staffTransitions() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(TRIAGE, WAITING_FOR_REQUESTER, IN_REVIEW, REFERRED, CLOSED);
			case TRIAGE -> EnumSet.of(WAITING_FOR_REQUESTER, IN_REVIEW, REFERRED, CLOSED);
			case WAITING_FOR_REQUESTER -> EnumSet.of(TRIAGE);
			case IN_REVIEW -> EnumSet.of(ACCEPTED, DECLINED, DEFERRED, REFERRED);
			case DEFERRED -> EnumSet.of(TRIAGE);
			case ACCEPTED -> EnumSet.of(IN_PROGRESS);
			case IN_PROGRESS -> EnumSet.of(COMPLETED);
			case COMPLETED, DECLINED, REFERRED -> EnumSet.of(CLOSED);
			default -> EnumSet.noneOf(RequestState.class);
		};
	}

	/**
	 * The rule table of the lifecycle: whether the mover may move a request from this state to the
	 * next. Staff make the {@link #staffTransitions() staff transitions}; requesters withdraw while
	 * {@link #withdrawable()} and, by answering, take a request waiting for them back to triage; the
	 * committee puts a request in triage on its agenda (to review) and {@link #decisions() decides} it.
	 */
	public boolean allows(Mover mover, RequestState next) {
		return switch (mover) {
			case STAFF -> staffTransitions().contains(next);
			case REQUESTER -> next == WITHDRAWN ? withdrawable() : this == WAITING_FOR_REQUESTER && next == TRIAGE;
			case COMMITTEE -> this == TRIAGE ? next == IN_REVIEW : this == IN_REVIEW && decisions().contains(next);
		};
	}

	/** The states a review ends in: the decisions on a request in review. */
	public static Set<RequestState> decisions() {
		return EnumSet.of(ACCEPTED, DECLINED, DEFERRED, REFERRED);
	}

	/** Whether closing a request from this state needs a resolution (it was never decided on). */
	public boolean closesWithResolution() {
		return this == SUBMITTED || this == TRIAGE;
	}

	/** Whether the requester may still withdraw the request. */
	public boolean withdrawable() {
		return switch (this) {
			case DRAFT, COMPLETED, CLOSED, WITHDRAWN -> false;
			default -> true;
		};
	}

	/** Whether the request is over: nothing more happens to it. */
	public boolean finished() {
		return this == CLOSED || this == WITHDRAWN;
	}

	/** The message key of this state's name. */
	public String messageKey() {
		return "request.state." + name();
	}
}
