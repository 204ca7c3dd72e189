package org.hubdesk.reporting;

import java.util.concurrent.atomic.AtomicLong;

import org.hubdesk.reporting.internal.ChartDrawings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Draws charts as SVG on the server, to be placed inline in a page (the fragment
 * {@code reporting/chart :: chart(${chart})} does, with a caption and the numbers as a table).
 */
@Service
public class Charts {

	private final MessageSource messages;

	private final AtomicLong drawn = new AtomicLong();

	public Charts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The chart as an {@code <svg>} element: it takes the width of its container, is named by the
	 * chart's title ({@code role="img"}, {@code <title>}), writes numbers in the chart's locale, and
	 * holds no script, no style attribute and no reference outside itself. Labels are escaped, so the
	 * result can be written into a page unescaped. A chart with no categories is a short notice that
	 * there are no numbers yet, in the chart's language. Each drawing has its own ids, so a page can
	 * show several.
	 */
	public String svg(BarChart chart) {
		String id = "chart-" + Long.toString(drawn.incrementAndGet(), 36);
		String noNumbers = chart.isEmpty()
				? messages.getMessage("reporting.chart.noNumbers", null, chart.locale())
				: "";
		return ChartDrawings.svg(chart, id, noNumbers);
	}
}
