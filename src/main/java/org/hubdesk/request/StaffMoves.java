package org.hubdesk.request;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * The moves the hub's staff make: the lifecycle's {@link RequestState#staffTransitions() staff
 * transitions}, less those a module reserves in the hub ({@link ReservedMoves}). The desk offers
 * these, and a staff move is checked against them wherever it comes from.
 */
@Component
public class StaffMoves {

	private final List<ReservedMoves> reservations;

	StaffMoves(List<ReservedMoves> reservations) {
		this.reservations = List.copyOf(reservations);
	}

	/** The states staff may move a request of the hub to from this one. */
	public Set<RequestState> offered(Hub hub, RequestState from) {
		Set<RequestState> offered = EnumSet.noneOf(RequestState.class);
		for (RequestState to : from.staffTransitions()) {
			if (reservedBy(hub, from, to).isEmpty()) {
				offered.add(to);
			}
		}
		return offered;
	}

	/** What the reserving modules say of the moves from this state that staff do not make (message keys). */
	public Set<String> reservedFrom(Hub hub, RequestState from) {
		Set<String> keys = new LinkedHashSet<>();
		for (RequestState to : from.staffTransitions()) {
			reservedBy(hub, from, to).ifPresent(keys::add);
		}
		return keys;
	}

	/** Refuses a staff move that a module reserves. @throws Refusal (field {@code to}) with the module's words */
	void check(Hub hub, RequestState from, RequestState to) {
		Optional<String> reserved = reservedBy(hub, from, to);
		if (reserved.isPresent()) {
			throw new Refusal("to", reserved.get());
		}
	}

	private Optional<String> reservedBy(Hub hub, RequestState from, RequestState to) {
		return reservations.stream().map(r -> r.reservedBy(hub, from, to)).flatMap(Optional::stream).findFirst();
	}
}
