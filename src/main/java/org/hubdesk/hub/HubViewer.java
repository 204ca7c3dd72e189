package org.hubdesk.hub;

import java.util.Set;

import org.hubdesk.shared.Refusal;

/**
 * Who is looking at a hub's page, resolved once per page view: the hub, the signed-in person (or
 * nobody) and the roles they hold in it. A controller takes it as an argument; see {@link HubScope}.
 */
public record HubViewer(Hub hub, Long personId, Set<HubRole> roles) {

	public HubViewer {
		roles = Set.copyOf(roles);
	}

	public boolean signedIn() {
		return personId != null;
	}

	/** The signed-in person's id; a visitor is refused as if the page were not there. */
	public long id() {
		if (personId == null) {
			throw Refusal.notFound();
		}
		return personId;
	}

	/** Whether the viewer is the hub's staff: they read every request and work them. */
	public boolean isStaff() {
		return HubRole.staff(roles);
	}

	public boolean has(HubRole role) {
		return roles.contains(role);
	}

	/** The viewer, when they hold one of the roles; anyone else is refused (403). */
	public HubViewer require(HubRole... any) {
		for (HubRole role : any) {
			if (roles.contains(role)) {
				return this;
			}
		}
		throw Refusal.forbidden();
	}

	/** The viewer, when they are the hub's staff; anyone else is refused (403). */
	public HubViewer requireStaff() {
		if (!isStaff()) {
			throw Refusal.forbidden();
		}
		return this;
	}
}
