package org.hubdesk.request.work;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestPanel;
import org.hubdesk.request.RequestWork;
import org.hubdesk.request.TimeEntry;
import org.hubdesk.request.web.RequestWeb;
import org.springframework.stereotype.Component;

/** The staff's work on a request as a panel of its page: milestones, hours, the outcome report, parts. */
@Component
class WorkPanel implements RequestPanel {

	static final int ORDER = 100;

	private final RequestWork work;
	private final RequestWeb web;

	WorkPanel(RequestWork work, RequestWeb web) {
		this.work = work;
		this.web = web;
	}

	@Override
	public Optional<Panel> panel(HelpRequest request, HubViewer viewer) {
		if (!viewer.isStaff()) {
			return Optional.empty();
		}
		List<TimeEntry> hours = work.hours(request);
		return Optional.of(new Panel("request/work :: work", Map.of(
				"milestones", work.milestones(request),
				"timeEntries", hours,
				"totalHours", hours.stream().map(TimeEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add),
				"parts", work.parts(request),
				"working", RequestWork.isWorking(request.getState()),
				"hourNames", web.names(hours.stream().map(TimeEntry::getPersonId).collect(Collectors.toSet()))),
				ORDER));
	}
}
