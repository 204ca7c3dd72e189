package org.hubdesk.request;

import java.util.Optional;

import org.hubdesk.hub.Hub;
import org.springframework.modulith.NamedInterface;

/**
 * What a module takes over from the hub's staff: a bean of this type names the moves of a hub's
 * requests that only its module makes (the committee's decisions, when the hub gives them to it).
 * Staff are no longer offered such a move, on the desk or in the API, and a move they send anyway
 * is refused with the module's words.
 */
@NamedInterface("spi")
public interface ReservedMoves {

	/**
	 * The message key saying who makes this move instead of the hub's staff (shown to staff, e.g.
	 * “The committee decides this request”), when the module reserves it in this hub; else empty.
	 */
	Optional<String> reservedBy(Hub hub, RequestState from, RequestState to);
}
