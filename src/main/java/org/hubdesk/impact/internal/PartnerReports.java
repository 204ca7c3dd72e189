package org.hubdesk.impact.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Outcome;
import org.hubdesk.request.RequestWork;
import org.springframework.stereotype.Service;

/** Makes a request's partner report in a language. */
@Service
public class PartnerReports {

	private final ImpactReadings readings;
	private final ImpactCharts charts;
	private final RequestWork work;
	private final Clock clock;

	PartnerReports(ImpactReadings readings, ImpactCharts charts, RequestWork work, Clock clock) {
		this.readings = readings;
		this.charts = charts;
		this.work = work;
		this.clock = clock;
	}

	/** The report of the request, in the locale. */
	public PartnerReport of(Hub hub, HelpRequest request, Locale locale) {
		RequestImpact impact = readings.of(request);
		Outcome outcome = work.outcome(request).orElse(null);
		List<org.hubdesk.reporting.BarChart> targetCharts = impact.targets().stream()
			.filter(t -> !t.history().isEmpty() && (impact.targets().size() > 1 || t.target().getKind() == TargetKind.WIKIDATA_ITEMS))
			.map(t -> charts.target(t, locale))
			.toList();
		return new PartnerReport(hub, request.reference(hub.getNumberPrefix()), request.getTitle(),
				request.getPartnerName(), request.getPartnerQid(), outcome == null ? null : outcome.getSummary(),
				outcome == null ? List.of() : outcome.getLinks(), impact, charts.request(impact.months(), locale),
				targetCharts, clock.instant(), locale);
	}
}
