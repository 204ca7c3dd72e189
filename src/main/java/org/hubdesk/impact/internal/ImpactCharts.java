package org.hubdesk.impact.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.hubdesk.reporting.BarChart;
import org.hubdesk.reporting.BarChart.Kind;
import org.hubdesk.reporting.BarChart.Series;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The charts of usefulness on the platforms, worded in a locale: a target's figures month by month,
 * a request's distinct files across its targets at each month's end, and the hub's rollup. Each
 * month is a category (its label the month's name in the locale), oldest first.
 */
@Component
public class ImpactCharts {

	private final MessageSource messages;

	ImpactCharts(MessageSource messages) {
		this.messages = messages;
	}

	/** A request's distinct files, and those in use, across its Commons targets. */
	public BarChart request(List<MonthlyFigures.Month> months, Locale locale) {
		return months(text("impact.chart.request", locale), months, locale,
				new Named(text("impact.figure.files", locale), MonthlyFigures.Month::files),
				new Named(text("impact.figure.filesInUse", locale), MonthlyFigures.Month::filesInUse));
	}

	/** Pages and wikis using the files, across targets (the hub's rollup). */
	public BarChart reach(List<MonthlyFigures.Month> months, Locale locale) {
		return months(text("impact.chart.reach", locale), months, locale,
				new Named(text("impact.figure.distinctPages", locale), MonthlyFigures.Month::pages),
				new Named(text("impact.figure.distinctWikis", locale), MonthlyFigures.Month::wikis));
	}

	/** A target's figures at the end of each month it was measured. */
	public BarChart target(RequestImpact.Target target, Locale locale) {
		String title = text("impact.chart.target", locale, target.target().getTitle());
		List<String> labels = new ArrayList<>();
		List<Integer> first = new ArrayList<>();
		List<Integer> second = new ArrayList<>();
		DateTimeFormatter format = monthFormat(locale);
		boolean items = target.target().getKind() == TargetKind.WIKIDATA_ITEMS;
		for (Snapshot s : target.history()) {
			labels.add(MonthlyFigures.month(s.getTakenAt()).format(format));
			first.add(items ? nz(s.getItemsFound()) : s.getFiles());
			second.add(items ? nz(s.getItemsWithImage()) : s.getFilesInUse());
		}
		String a = text(items ? "impact.figure.itemsFound" : "impact.figure.files", locale);
		String b = text(items ? "impact.figure.itemsWithImage" : "impact.figure.filesInUse", locale);
		return new BarChart(title, labels, List.of(Series.of(a, first), Series.of(b, second)),
				text("impact.chart.axis", locale), Kind.BARS, locale);
	}

	private BarChart months(String title, List<MonthlyFigures.Month> months, Locale locale, Named... series) {
		DateTimeFormatter format = monthFormat(locale);
		List<String> labels = months.stream().map(m -> m.month().format(format)).toList();
		List<Series> all = new ArrayList<>();
		for (Named named : series) {
			all.add(Series.of(named.name(), months.stream().map(m -> named.value().applyAsInt(m)).toList()));
		}
		return new BarChart(title, labels, all, text("impact.chart.axis", locale), Kind.BARS, locale);
	}

	private static DateTimeFormatter monthFormat(Locale locale) {
		return DateTimeFormatter.ofPattern("LLL yyyy", locale);
	}

	private static int nz(Integer value) {
		return value == null ? 0 : value;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private record Named(String name, ToIntFunction<MonthlyFigures.Month> value) {
	}
}
