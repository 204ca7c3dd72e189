package org.hubdesk.reporting.internal;

/**
 * The vertical layout of a chart's categories: each takes a row of its label's lines, then its bars,
 * then a gap. JFreeChart places categories by margins, fractions of the plot's height; these are the
 * fractions that give every row exactly this layout in a plot of {@link #height()}.
 *
 * @param categories how many categories
 * @param barsPerCategory how many bars a category has (its series side by side, or one stacked bar)
 * @param labelLines the lines of the longest label
 */
record Rows(int categories, int barsPerCategory, int labelLines) {

	Rows {
		if (categories < 1 || barsPerCategory < 1 || labelLines < 1) {
			throw new IllegalArgumentException("rows need categories, bars and lines");
		}
	}

	/** The height of a label's lines and the gap below them. */
	double labelHeight() {
		return labelLines * ChartStyle.LINE_HEIGHT + ChartStyle.LABEL_GAP;
	}

	/** The height of one category's bars. */
	double barsHeight() {
		return barsPerCategory * ChartStyle.BAR + (barsPerCategory - 1) * ChartStyle.BAR_GAP;
	}

	/** The plot's height: a row for every category. */
	double height() {
		return categories * (labelHeight() + barsHeight() + ChartStyle.ROW_GAP);
	}

	/** Above the first category's bars: its label. */
	double lowerMargin() {
		return labelHeight() / height();
	}

	/** Below the last category's bars: a gap. */
	double upperMargin() {
		return ChartStyle.ROW_GAP / height();
	}

	/** Between two categories' bars: a gap and the next label. */
	double categoryMargin() {
		return (categories - 1) * (ChartStyle.ROW_GAP + labelHeight()) / height();
	}

	/** Between the bars of one category, all categories together. */
	double itemMargin() {
		return categories * (barsPerCategory - 1) * ChartStyle.BAR_GAP / height();
	}
}
