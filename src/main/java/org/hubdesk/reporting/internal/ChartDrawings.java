package org.hubdesk.reporting.internal;

import java.awt.FontMetrics;
import java.util.List;

import org.hubdesk.reporting.BarChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws charts as SVG elements to be placed inline in a page (see {@link InlineSvg}). */
public final class ChartDrawings {

	private ChartDrawings() {
	}

	/**
	 * The chart as an inline SVG element; a chart with no categories is a drawing of the notice.
	 *
	 * @param chart what to draw
	 * @param id the element's id, unique in the page; its other ids start with it
	 * @param noNumbers the notice an empty chart shows, in the chart's language
	 */
	public static String svg(BarChart chart, String id, String noNumbers) {
		String drawn = chart.isEmpty() ? notice(id, noNumbers) : new BarChartDrawing(chart).svg(id);
		return InlineSvg.finish(drawn, id, chart.title());
	}

	/** A short drawing of the notice alone, in the charts' text and width. */
	private static String notice(String id, String text) {
		SVGGraphics2D probe = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.LINE_HEIGHT);
		FontMetrics metrics = probe.getFontMetrics(ChartStyle.font());
		double lineWidth = (ChartStyle.WIDTH - 2 * ChartStyle.PADDING) * ChartStyle.TEXT_SLACK;
		List<String> lines = new LabelLines(line -> metrics.getStringBounds(line, probe).getWidth(), lineWidth,
				ChartStyle.MAX_LABEL_LINES).wrap(text);
		double height = Math.ceil(lines.size() * ChartStyle.LINE_HEIGHT + 2 * ChartStyle.PADDING);

		SVGGraphics2D svg = new SVGGraphics2D(ChartStyle.WIDTH, height);
		svg.setDefsKeyPrefix(id + "-");
		svg.setGeomDoubleConverter(BarChartDrawing::hundredths);
		svg.setFont(ChartStyle.font());
		svg.setPaint(ChartStyle.SUBTLE);
		for (int i = 0; i < lines.size(); i++) {
			svg.drawString(lines.get(i), (float) ChartStyle.PADDING,
					(float) (ChartStyle.PADDING + metrics.getAscent() + i * ChartStyle.LINE_HEIGHT));
		}
		return svg.getSVGElement(id, false, new ViewBox(0, 0, ChartStyle.WIDTH, height), PreserveAspectRatio.XMIN_YMIN,
				MeetOrSlice.MEET);
	}
}
