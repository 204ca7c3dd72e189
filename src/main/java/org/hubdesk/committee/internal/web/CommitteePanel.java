package org.hubdesk.committee.internal.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestPanel;
import org.springframework.stereotype.Component;

/**
 * The committee on a request's page: when it is (or was) on an agenda, and the decision's outcome
 * and public summary; the committee's members get the way to its review. Scores, votes and the
 * discussion are never here: they are on the review page, for those who may see them.
 */
@Component
class CommitteePanel implements RequestPanel {

	private final Agenda agenda;
	private final Decisions decisions;

	CommitteePanel(Agenda agenda, Decisions decisions) {
		this.agenda = agenda;
		this.decisions = decisions;
	}

	@Override
	public Optional<Panel> panel(HelpRequest request, HubViewer viewer) {
		Optional<AgendaItem> item = agenda.current(request);
		if (item.isEmpty() || !(viewer.isStaff() || Seats.member(viewer))) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("meeting", item.get().getMeeting());
		model.put("member", Seats.member(viewer));
		decisions.of(item.get()).ifPresent(d -> model.put("decision", d));
		model.put("decided", model.containsKey("decision"));
		return Optional.of(new Panel("committee/panel :: panel", model, 50));
	}
}
