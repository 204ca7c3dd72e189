package org.hubdesk.reporting.internal;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;

/**
 * Draws each category's label on its own lines just above its bars, from the left edge of the plot, in
 * the room {@link Rows} leaves there; the bars then have the plot's whole width, however long the labels.
 */
final class CategoryLabels extends AbstractAnnotation implements CategoryAnnotation {

	private static final long serialVersionUID = 1L;

	private final List<List<String>> lines;

	private final Font font;

	/**
	 * @param lines each category's label, in lines
	 * @param font the font they were measured in
	 */
	CategoryLabels(List<List<String>> lines, Font font) {
		this.lines = List.copyOf(lines);
		this.font = font;
	}

	@Override
	public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
			ValueAxis rangeAxis) {
		g2.setFont(font);
		g2.setPaint(ChartStyle.TEXT);
		FontMetrics metrics = g2.getFontMetrics();
		float x = (float) dataArea.getX();
		for (int category = 0; category < lines.size(); category++) {
			double bars = domainAxis.getCategoryStart(category, lines.size(), dataArea, plot.getDomainAxisEdge());
			List<String> label = lines.get(category);
			double top = bars - ChartStyle.LABEL_GAP - label.size() * ChartStyle.LINE_HEIGHT;
			for (int line = 0; line < label.size(); line++) {
				g2.drawString(label.get(line), x, (float) (top + metrics.getAscent() + line * ChartStyle.LINE_HEIGHT));
			}
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CategoryLabels that && lines.equals(that.lines) && font.equals(that.font);
	}

	@Override
	public int hashCode() {
		return 31 * lines.hashCode() + font.hashCode();
	}
}
