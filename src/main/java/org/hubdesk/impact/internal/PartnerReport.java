package org.hubdesk.impact.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.hubdesk.hub.Hub;
import org.hubdesk.reporting.BarChart;

/**
 * The partner report of a request: what an affiliate sends to its partner institution. It holds the
 * request's public face (the hub, the reference, the title, the partner institution, the outcome's
 * summary and links), the figures of each target, the charts and the top pages, in one language;
 * never internal notes, hours, nor anyone's name or contact details.
 */
public record PartnerReport(Hub hub, String reference, String title, String partner, String partnerQid,
		String outcome, List<String> outcomeLinks, RequestImpact impact, BarChart requestChart,
		List<BarChart> targetCharts, Instant madeAt, Locale locale) {

	/** The partner institution's name, or the request's title when it names none. */
	public String subject() {
		return partner == null || partner.isBlank() ? title : partner;
	}
}
