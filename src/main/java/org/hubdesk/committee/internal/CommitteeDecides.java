package org.hubdesk.committee.internal;

import java.util.Optional;

import org.hubdesk.hub.Hub;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.ReservedMoves;
import org.springframework.stereotype.Component;

/** When the hub gives the decisions after review to its committee, staff no longer make them. */
@Component
class CommitteeDecides implements ReservedMoves {

	private final Settings settings;

	CommitteeDecides(Settings settings) {
		this.settings = settings;
	}

	@Override
	public Optional<String> reservedBy(Hub hub, RequestState from, RequestState to) {
		boolean decision = from == RequestState.IN_REVIEW && RequestState.decisions().contains(to);
		return decision && settings.of(hub).isDecides() ? Optional.of("committee.reserved.decides") : Optional.empty();
	}
}
