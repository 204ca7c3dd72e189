package org.hubdesk.reporting.internal;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * The look of every chart, defined once: its width, its one text size, the sizes of a row, and a few
 * colours of the Wikimedia Codex palette (blues and greys) that stand out from a white page.
 * <p>
 * The drawing is {@value #WIDTH} units wide and scales with its column: the page's stylesheet lets it
 * grow to 30rem (480 px, one unit a pixel) and a phone shrinks it, down to 328 px inside a 360 px
 * screen's 1rem margins, where {@value #FONT_SIZE}-unit text is 11.6 px.
 */
public final class ChartStyle {

	/** The drawing's width in SVG units. */
	public static final double WIDTH = 480;

	/** The size of all text: labels, numbers, the axis and the legend. */
	public static final float FONT_SIZE = 17f;

	/** The distance between two lines of a category's label. */
	static final double LINE_HEIGHT = 1.25 * FONT_SIZE;

	/** The most lines a category's label takes; a longer label ends in an ellipsis (the table has it all). */
	static final int MAX_LABEL_LINES = 3;

	/**
	 * The share of a line's width that text is wrapped to. The page shows it in its own font, which is
	 * rarely wider than the one the server measures with (DejaVu Sans, or whatever the machine has).
	 */
	static final double TEXT_SLACK = 0.9;

	/** The thickness of one bar. */
	static final double BAR = 20;

	/** The space between the bars of one category (several series side by side). */
	static final double BAR_GAP = 3;

	/** The space between a category's label and its bars. */
	static final double LABEL_GAP = 3;

	/** The space after a category's bars, before the next category's label. */
	static final double ROW_GAP = 12;

	/** The space between a bar's end and its number. */
	static final double VALUE_GAP = 4;

	/** The space around the plot, so the axis' first and last numbers stay inside the drawing. */
	static final double PADDING = 12;

	/** Text: Codex's base colour. */
	public static final Color TEXT = new Color(0x202122);

	/** Numbers on the axis: Codex's subtle text colour. */
	public static final Color SUBTLE = new Color(0x54595d);

	/** Grid lines: light, as text may cross them. */
	public static final Color GRID = new Color(0xdadde3);

	/**
	 * The series' colours in turn (a sixth series takes the first again): Codex blues and greys, each
	 * at least 3:1 against white, as graphics must be, and neighbours told apart by lightness as well.
	 */
	public static final List<Color> SERIES = List.of(new Color(0x3366cc), new Color(0x87898c), new Color(0x233566),
			new Color(0x6485d1), new Color(0x54595d));

	private ChartStyle() {
	}

	/** The font of all text; the page's own font is used where it is shown, this one measures it. */
	static Font font() {
		return new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(FONT_SIZE);
	}

	/** The colour of the series at an index. */
	static Color series(int index) {
		return SERIES.get(index % SERIES.size());
	}
}
