package org.hubdesk.reporting.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The margins JFreeChart is given add up to the layout of rows the labels need. */
class RowsTests {

	@Test
	void theMarginsAndTheBarsFillThePlotExactly() {
		Rows rows = new Rows(5, 3, 2);
		double bars = 5 * 3 * ChartStyle.BAR / rows.height();

		assertThat(rows.lowerMargin() + rows.upperMargin() + rows.categoryMargin() + rows.itemMargin() + bars)
			.isCloseTo(1.0, within(1e-12));
	}

	@Test
	void aRowIsItsLabelItsBarsAndAGap() {
		Rows rows = new Rows(4, 2, 3);

		assertThat(rows.labelHeight()).isEqualTo(3 * ChartStyle.LINE_HEIGHT + ChartStyle.LABEL_GAP);
		assertThat(rows.barsHeight()).isEqualTo(2 * ChartStyle.BAR + ChartStyle.BAR_GAP);
		assertThat(rows.height()).isEqualTo(4 * (rows.labelHeight() + rows.barsHeight() + ChartStyle.ROW_GAP));
		assertThat(rows.lowerMargin() * rows.height()).as("the first label above the first bars")
			.isCloseTo(rows.labelHeight(), within(1e-9));
		assertThat(rows.categoryMargin() * rows.height() / 3).as("a gap and a label between two categories")
			.isCloseTo(ChartStyle.ROW_GAP + rows.labelHeight(), within(1e-9));
	}

	@Test
	void oneCategoryOfOneBarHasNoGapsBetween() {
		Rows rows = new Rows(1, 1, 1);

		assertThat(rows.categoryMargin()).isZero();
		assertThat(rows.itemMargin()).isZero();
	}
}
