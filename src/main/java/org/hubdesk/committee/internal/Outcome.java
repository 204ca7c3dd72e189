package org.hubdesk.committee.internal;

import org.hubdesk.request.RequestState;

/** What the committee decides on a request, and the state it moves the request to. */
public enum Outcome {
	ACCEPT(RequestState.ACCEPTED), DECLINE(RequestState.DECLINED), DEFER(RequestState.DEFERRED),
	REFER(RequestState.REFERRED);

	private final RequestState state;

	Outcome(RequestState state) {
		this.state = state;
	}

	public RequestState state() {
		return state;
	}

	public String messageKey() {
		return "committee.outcome." + name();
	}
}
