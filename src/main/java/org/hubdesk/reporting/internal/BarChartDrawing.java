package org.hubdesk.reporting.internal;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;

import org.hubdesk.reporting.BarChart;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Lays a chart with categories out as horizontal bars in JFreeChart, once for every way it is drawn: as
 * SVG for a page ({@link #svg}, written with JFreeSVG) and onto any other {@link Graphics2D}, such as a
 * PDF's ({@link #layOut()}).
 * <p>
 * It is drawn twice: once to learn the plot's width (labels wrap to it) and how much the axis and the
 * legend take, then at the height its rows need ({@link Rows}), so a chart grows with its categories
 * and every label sits in its own room above its bars.
 */
final class BarChartDrawing {

	/** The height of the first, measuring drawing: any height that leaves the plot some room. */
	private static final double PROBE_HEIGHT = 1000;

	private final BarChart chart;

	private final Font font;

	private final double width;

	/** A chart in the page's drawing: {@link ChartStyle#WIDTH} units wide, text in {@link ChartStyle#font()}. */
	BarChartDrawing(BarChart chart) {
		this(chart, ChartStyle.font(), ChartStyle.WIDTH);
	}

	/**
	 * @param chart what to draw, not empty
	 * @param font the font of all text, at its size; the text is measured in it, so draw with it too
	 * @param width the drawing's width in its units
	 */
	BarChartDrawing(BarChart chart, Font font, double width) {
		if (chart.isEmpty()) {
			throw new IllegalArgumentException("an empty chart has no bars to draw");
		}
		this.chart = chart;
		this.font = font;
		this.width = width;
	}

	/** The chart as an SVG element, its ids starting with {@code id}, styles as JFreeSVG writes them. */
	String svg(String id) {
		LaidOut laidOut = layOut();
		SVGGraphics2D svg = new SVGGraphics2D(width, laidOut.height());
		svg.setDefsKeyPrefix(id + "-");
		svg.setGeomDoubleConverter(BarChartDrawing::hundredths);
		laidOut.draw(svg);
		return svg.getSVGElement(id, false, new ViewBox(0, 0, width, laidOut.height()), PreserveAspectRatio.XMIN_YMIN,
				MeetOrSlice.MEET);
	}

	/** The chart laid out at its width and at the height its categories need, ready to be drawn. */
	LaidOut layOut() {
		JFreeChart drawing = drawing();
		CategoryPlot plot = drawing.getCategoryPlot();

		SVGGraphics2D probe = new SVGGraphics2D(width, PROBE_HEIGHT);
		ChartRenderingInfo info = new ChartRenderingInfo(null);
		drawing.draw(probe, new Rectangle2D.Double(0, 0, width, PROBE_HEIGHT), info);
		Rectangle2D probed = info.getPlotInfo().getDataArea();
		double around = PROBE_HEIGHT - probed.getHeight();

		LabelLines wrap = new LabelLines(text -> width(probe, text), probed.getWidth() * ChartStyle.TEXT_SLACK,
				ChartStyle.MAX_LABEL_LINES);
		List<List<String>> labels = chart.categories().stream().map(wrap::wrap).toList();
		Rows rows = new Rows(chart.categories().size(), barsPerCategory(),
				labels.stream().mapToInt(List::size).max().orElse(1));
		CategoryAxis categories = plot.getDomainAxis();
		categories.setLowerMargin(rows.lowerMargin());
		categories.setUpperMargin(rows.upperMargin());
		categories.setCategoryMargin(rows.categoryMargin());
		if (plot.getRenderer() instanceof BarRenderer bars && !(bars instanceof StackedBarRenderer)) {
			bars.setItemMargin(rows.itemMargin());
			makeRoomForNumbers(plot, probe, probed.getWidth());
		}
		plot.addAnnotation(new CategoryLabels(labels, font), false);
		return new LaidOut(drawing, width, around + rows.height());
	}

	private int barsPerCategory() {
		return chart.kind() == BarChart.Kind.STACKED_BARS ? 1 : chart.series().size();
	}

	private JFreeChart drawing() {
		CategoryPlot plot = new CategoryPlot(dataset(), categoryAxis(), valueAxis(), renderer());
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		plot.setBackgroundPaint(null);
		plot.setOutlineVisible(false);
		plot.setInsets(RectangleInsets.ZERO_INSETS);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		plot.setDomainGridlinesVisible(false);
		// bars have their numbers at their ends; stacked bars have only the scale
		plot.setRangeGridlinesVisible(chart.kind() == BarChart.Kind.STACKED_BARS);
		plot.setRangeGridlinePaint(ChartStyle.GRID);
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setRangeZeroBaselineVisible(false);

		JFreeChart drawing = new JFreeChart(null, font, plot, chart.series().size() > 1);
		drawing.setBackgroundPaint(null);
		drawing.setBorderVisible(false);
		drawing.setPadding(new RectangleInsets(ChartStyle.PADDING / 2, ChartStyle.PADDING, ChartStyle.PADDING / 2,
				ChartStyle.PADDING));
		LegendTitle legend = drawing.getLegend();
		if (legend != null) {
			legend.setPosition(RectangleEdge.TOP);
			legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
			legend.setFrame(BlockBorder.NONE);
			legend.setBackgroundPaint(null);
			legend.setItemFont(font);
			legend.setItemPaint(ChartStyle.TEXT);
			legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
			legend.setMargin(new RectangleInsets(0, 0, ChartStyle.ROW_GAP, 0));
		}
		return drawing;
	}

	/** Series and categories keyed by their place, so two equal labels stay two rows. */
	private DefaultCategoryDataset dataset() {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (int s = 0; s < chart.series().size(); s++) {
			BarChart.Series series = chart.series().get(s);
			for (int c = 0; c < chart.categories().size(); c++) {
				dataset.addValue(series.values().get(c), new Key(s, series.name()),
						new Key(c, chart.categories().get(c)));
			}
		}
		return dataset;
	}

	/** The categories' axis places them; it draws nothing itself ({@link CategoryLabels} writes the labels). */
	private static CategoryAxis categoryAxis() {
		CategoryAxis axis = new CategoryAxis();
		axis.setVisible(false);
		return axis;
	}

	private NumberAxis valueAxis() {
		NumberAxis axis = new NumberAxis(chart.axisLabel().isBlank() ? null : chart.axisLabel());
		boolean whole = chart.series().stream().flatMap(s -> s.values().stream()).allMatch(v -> v == Math.rint(v));
		axis.setStandardTickUnits(whole ? NumberAxis.createIntegerTickUnits(chart.locale())
				: NumberAxis.createStandardTickUnits(chart.locale()));
		axis.setAutoRangeIncludesZero(true);
		axis.setAxisLineVisible(false);
		axis.setTickMarksVisible(false);
		axis.setTickLabelFont(font);
		axis.setTickLabelPaint(ChartStyle.SUBTLE);
		axis.setLabelFont(font);
		axis.setLabelPaint(ChartStyle.TEXT);
		return axis;
	}

	private BarRenderer renderer() {
		BarRenderer renderer = chart.kind() == BarChart.Kind.STACKED_BARS ? new StackedBarRenderer() : new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setDefaultLegendShape(new Rectangle2D.Double(-7, -7, 14, 14));
		for (int s = 0; s < chart.series().size(); s++) {
			renderer.setSeriesPaint(s, ChartStyle.series(s));
		}
		if (!(renderer instanceof StackedBarRenderer)) {
			NumberFormat numbers = chart.numberFormat();
			renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
			renderer.setDefaultItemLabelsVisible(true);
			renderer.setDefaultItemLabelFont(font);
			renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
			renderer.setItemLabelAnchorOffset(ChartStyle.VALUE_GAP);
			renderer.setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
			renderer.setDefaultNegativeItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
		}
		return renderer;
	}

	/**
	 * Widens the value axis beyond the longest bar (and the most negative one) by the width of its
	 * number, so the numbers written at the bars' ends stay inside the plot.
	 */
	private void makeRoomForNumbers(CategoryPlot plot, Graphics2D g2, double plotWidth) {
		NumberFormat numbers = chart.numberFormat();
		double widest = chart.series().stream()
			.flatMap(s -> s.values().stream())
			.mapToDouble(v -> width(g2, numbers.format(v)))
			.max()
			.orElse(0) + 2 * ChartStyle.VALUE_GAP;
		double margin = Math.min(1.5, widest / Math.max(1, plotWidth - widest));
		NumberAxis axis = (NumberAxis) plot.getRangeAxis();
		axis.setUpperMargin(margin);
		boolean negative = chart.series().stream().flatMap(s -> s.values().stream()).anyMatch(v -> v < 0);
		axis.setLowerMargin(negative ? margin : 0);
	}

	/** Coordinates to a hundredth of a unit, finer than any screen shows a 480-unit drawing. */
	static String hundredths(double coordinate) {
		return Double.toString(Math.round(coordinate * 100) / 100.0);
	}

	private double width(Graphics2D g2, String text) {
		return font.getStringBounds(text, g2.getFontRenderContext()).getWidth();
	}

	/**
	 * A chart laid out, to be drawn onto any {@link Graphics2D} whose units are the drawing's.
	 *
	 * @param chart the JFreeChart, its plot and labels placed
	 * @param width the drawing's width
	 * @param height the drawing's height: the rows its categories need, the axis and the legend
	 */
	record LaidOut(JFreeChart chart, double width, double height) {

		/** Draws the chart into the rectangle from (0, 0) to (width, height) of {@code g2}. */
		void draw(Graphics2D g2) {
			chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		}
	}

	/** A series or a category: shown by its label, told apart by its place. */
	private record Key(int place, String label) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			return Integer.compare(place, other.place);
		}

		@Override
		public String toString() {
			return label;
		}
	}
}
