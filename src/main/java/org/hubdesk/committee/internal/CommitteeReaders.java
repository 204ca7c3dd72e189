package org.hubdesk.committee.internal;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestReaders;
import org.springframework.stereotype.Component;

/** The committee's members read the public part of the requests that have been on their agenda. */
@Component
class CommitteeReaders implements RequestReaders {

	private final Agenda agenda;

	CommitteeReaders(Agenda agenda) {
		this.agenda = agenda;
	}

	@Override
	public boolean reads(HelpRequest request, HubViewer viewer) {
		return Seats.member(viewer) && agenda.onAnAgenda(request);
	}
}
