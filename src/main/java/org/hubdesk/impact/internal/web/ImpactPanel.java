package org.hubdesk.impact.internal.web;

import java.util.Map;
import java.util.Optional;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.impact.internal.ImpactReadings;
import org.hubdesk.impact.internal.RequestImpact;
import org.hubdesk.impact.internal.Targets;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestPanel;
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
		if (!reader || !targets.measurable(request)) {
			return Optional.empty();
		}
		RequestImpact impact = readings.latest(request);
		return Optional.of(new Panel("impact/panel :: panel", Map.of("impact", impact), 110));
	}
}
