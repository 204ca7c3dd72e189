package org.hubdesk.committee.internal.api;

import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * How the committee's API finds a request, as the request pages do: through the request module's
 * access rules. The committee's work on a request is known to the committee's members who see the
 * request (it is on their agenda, or they request it) and to the hub's staff; to anyone else it is
 * not there (404). Who knows of it but may not do a thing is forbidden (403).
 */
@Component
class CommitteeRequests {

	private final RequestAccess access;
	private final Agenda agenda;

	CommitteeRequests(RequestAccess access, Agenda agenda) {
		this.access = access;
		this.agenda = agenda;
	}

	/** The request with this number, when the viewer may know of the committee's work on it; else 404. */
	HelpRequest seen(HubViewer viewer, int number) {
		HelpRequest request = access.shown(viewer, number);
		if (!Seats.member(viewer) && !viewer.isStaff()) {
			throw Refusal.notFound();
		}
		return request;
	}

	/** As {@link #seen}, for a member of the committee to act on: staff who do not sit on it are forbidden. */
	HelpRequest forMember(HubViewer viewer, int number) {
		HelpRequest request = seen(viewer, number);
		Seats.requireMember(viewer);
		return request;
	}

	/** As {@link #seen}, for the chair to act on. */
	HelpRequest forChair(HubViewer viewer, int number) {
		HelpRequest request = seen(viewer, number);
		Seats.requireChair(viewer);
		return request;
	}

	/** The request's latest place on an agenda; refused (409) when it has never been on one. */
	AgendaItem item(HelpRequest request) {
		return agenda.current(request).orElseThrow(() -> Refusal.conflict("committee.api.error.no-agenda"));
	}
}
