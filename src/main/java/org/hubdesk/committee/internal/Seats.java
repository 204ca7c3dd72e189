package org.hubdesk.committee.internal;

import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.shared.Refusal;

/** Who sits on a hub's committee: its members and its chair (who is a member too). */
public final class Seats {

	private Seats() {
	}

	/** Whether the viewer sits on the hub's committee. */
	public static boolean member(HubViewer viewer) {
		return viewer.has(HubRole.COMMITTEE_MEMBER) || viewer.has(HubRole.COMMITTEE_CHAIR);
	}

	public static boolean chair(HubViewer viewer) {
		return viewer.has(HubRole.COMMITTEE_CHAIR);
	}

	/** The viewer, when they sit on the committee; else forbidden (403). */
	public static HubViewer requireMember(HubViewer viewer) {
		if (!member(viewer)) {
			throw Refusal.forbidden();
		}
		return viewer;
	}

	/** The viewer, when they chair the committee; else forbidden (403). */
	public static HubViewer requireChair(HubViewer viewer) {
		if (!chair(viewer)) {
			throw Refusal.forbidden();
		}
		return viewer;
	}

	/** The viewer, when they chair the committee or administer the hub; else forbidden (403). */
	public static HubViewer requireChairOrAdmin(HubViewer viewer) {
		if (!chair(viewer) && !viewer.has(HubRole.ADMIN)) {
			throw Refusal.forbidden();
		}
		return viewer;
	}
}
