package org.hubdesk.impact.internal.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.impact.internal.ImpactReadings;
import org.hubdesk.impact.internal.RequestImpact;
import org.hubdesk.impact.internal.Targets;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestPanel;
import org.hubdesk.request.RequestState;
import org.springframework.stereotype.Component;

/**
 * Usefulness on the platforms on a request's page, for its requesters and the hub's staff, from the
 * request's acceptance on: its targets' latest figures and the way to its impact page.
 */
@Component
class ImpactPanel implements RequestPanel {

	private final Targets targets;
	private final ImpactReadings readings;

	ImpactPanel(Targets targets, ImpactReadings readings) {
		this.targets = targets;
		this.readings = readings;
	}

	@Override
	public Optional<Panel> panel(HelpRequest request, HubViewer viewer) {
		boolean reader = viewer.isStaff() || viewer.signedIn() && request.isRequestedBy(viewer.personId());
		RequestState state = request.getState();
		if (!reader || !EnumSet.of(RequestState.ACCEPTED, RequestState.IN_PROGRESS, RequestState.COMPLETED,
				RequestState.CLOSED).contains(state)) {
			return Optional.empty();
		}
		RequestImpact impact = readings.latest(request);
		// a closed request has targets only if it was completed; whether it was is asked only when it has none
		if (state == RequestState.CLOSED && impact.targets().isEmpty() && !targets.measurable(request)) {
			return Optional.empty();
		}
		return Optional.of(new Panel("impact/panel :: panel", Map.of("impact", impact), 110));
	}
}
