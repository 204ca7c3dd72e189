package org.hubdesk.committee.internal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.AffiliateType;
import org.hubdesk.directory.Directory;
import org.hubdesk.directory.Region;
import org.hubdesk.committee.internal.RequestGroups;
import org.hubdesk.hub.Hub;
import org.hubdesk.reporting.BarChart;
import org.hubdesk.request.RequestFigures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How the hub's help has been spread over the last twelve months, by region and by affiliate type:
 * each group's share of the staff hours logged and of the requests accepted, as charts for the
 * committee's page (each with its numbers as a table).
 */
@Component
class HelpSpread {

	private final RequestFigures figures;
	private final Directory directory;
	private final RequestGroups requestGroups;
	private final MessageSource messages;
	private final Clock clock;

	HelpSpread(RequestFigures figures, Directory directory, RequestGroups requestGroups, MessageSource messages,
			Clock clock) {
		this.requestGroups = requestGroups;
		this.figures = figures;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/** The charts: by region (the affiliate's, else the requester's country's), then by affiliate type. */
	List<BarChart> charts(Hub hub, Locale locale) {
		List<RequestFigures.Help> help = figures.since(hub, clock.instant().minus(Duration.ofDays(365)));
		RequestGroups.Of groups = requestGroups.of(help.stream().map(RequestFigures.Help::requesterId).distinct().toList());
		String none = messages.getMessage("committee.spread.none", null, locale);
		Map<String, double[]> byRegion = new LinkedHashMap<>();
		directory.regions().stream().map(Region::getName).forEach(name -> byRegion.put(name, new double[2]));
		Map<String, double[]> byType = new LinkedHashMap<>();
		for (AffiliateType type : AffiliateType.values()) {
			byType.put(messages.getMessage(type.messageKey(), null, locale), new double[2]);
		}
		byRegion.put(none, new double[2]);
		byType.put(none, new double[2]);
		for (RequestFigures.Help h : help) {
			Region region = groups.region(h.affiliateId(), h.requesterId());
			Affiliate affiliate = groups.affiliate(h.affiliateId());
			add(h, byRegion.computeIfAbsent(region == null ? none : region.getName(), g -> new double[2]));
			add(h, byType.computeIfAbsent(affiliate == null ? none
					: messages.getMessage(affiliate.getType().messageKey(), null, locale), g -> new double[2]));
		}
		return List.of(chart("committee.spread.by-region", byRegion, locale),
				chart("committee.spread.by-type", byType, locale));
	}

	private static void add(RequestFigures.Help h, double[] sums) {
		sums[0] += h.hours().doubleValue();
		sums[1] += h.accepted() ? 1 : 0;
	}

	private BarChart chart(String titleKey, Map<String, double[]> sums, Locale locale) {
		double hours = sums.values().stream().mapToDouble(s -> s[0]).sum();
		double accepted = sums.values().stream().mapToDouble(s -> s[1]).sum();
		List<Double> hourShares = new ArrayList<>();
		List<Double> acceptedShares = new ArrayList<>();
		sums.values().forEach(s -> {
			hourShares.add(hours == 0 ? 0 : Math.round(1000 * s[0] / hours) / 10.0);
			acceptedShares.add(accepted == 0 ? 0 : Math.round(1000 * s[1] / accepted) / 10.0);
		});
		return new BarChart(messages.getMessage(titleKey, null, locale), List.copyOf(sums.keySet()),
				List.of(BarChart.Series.of(messages.getMessage("committee.spread.hours", null, locale), hourShares),
						BarChart.Series.of(messages.getMessage("committee.spread.accepted", null, locale), acceptedShares)),
				messages.getMessage("committee.spread.axis", null, locale), BarChart.Kind.BARS, locale);
	}
}
