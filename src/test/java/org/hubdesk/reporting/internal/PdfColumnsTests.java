package org.hubdesk.reporting.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How a table's columns share the page's width. */
class PdfColumnsTests {

	private final PdfColumns columns = new PdfColumns(400, 8);

	@Test
	void narrowColumnsKeepTheirWidthAndWideOnesShareTheRest() {
		float[] widths = columns.widths(new float[] { 600, 300, 30 });

		assertThat(widths[2]).as("a number is never wrapped").isEqualTo(38);
		assertThat(widths[0] / widths[1]).as("wide columns in proportion").isCloseTo(608f / 308f, within(0.001f));
		assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(400, within(0.01f));
	}

	@Test
	void whenEverythingFitsTheColumnsGrowToTheWidth() {
		float[] widths = columns.widths(new float[] { 92, 42 });

		assertThat(widths[0]).isCloseTo(266.67f, within(0.01f));
		assertThat(widths[1]).isCloseTo(133.33f, within(0.01f));
	}

	@Test
	void anEmptyColumnStillHasRoom() {
		float[] widths = columns.widths(new float[] { 0, 1000 });

		assertThat(widths[0]).isEqualTo(9);
		assertThat(widths[1]).isCloseTo(391, within(0.01f));
	}
}
