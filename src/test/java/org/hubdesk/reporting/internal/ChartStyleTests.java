package org.hubdesk.reporting.internal;

import java.awt.Color;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The palette is legible on a white page (WCAG 2.2: 4.5:1 for text, 3:1 for graphics). */
class ChartStyleTests {

	@Test
	void textStandsOutFromWhite() {
		assertThat(contrastWithWhite(ChartStyle.TEXT)).isGreaterThanOrEqualTo(4.5);
		assertThat(contrastWithWhite(ChartStyle.SUBTLE)).isGreaterThanOrEqualTo(4.5);
	}

	@Test
	void everySeriesColourStandsOutFromWhite() {
		assertThat(ChartStyle.SERIES).hasSizeGreaterThanOrEqualTo(4)
			.allMatch(colour -> contrastWithWhite(colour) >= 3.0, "at least 3:1")
			.doesNotHaveDuplicates();
	}

	@Test
	void neighbouringSeriesDifferInLightness() {
		for (int i = 0; i < ChartStyle.SERIES.size(); i++) {
			Color one = ChartStyle.series(i);
			Color next = ChartStyle.series(i + 1);
			double ratio = (Math.max(luminance(one), luminance(next)) + 0.05)
					/ (Math.min(luminance(one), luminance(next)) + 0.05);
			assertThat(ratio).as("series %d and %d", i, i + 1).isGreaterThanOrEqualTo(1.25);
		}
	}

	@Test
	void aSixthSeriesTakesTheFirstColourAgain() {
		assertThat(ChartStyle.series(ChartStyle.SERIES.size())).isEqualTo(ChartStyle.series(0));
	}

	@Test
	void theSmallestTextIsElevenPixelsOnAPhone() {
		assertThat(ChartStyle.FONT_SIZE * 328 / ChartStyle.WIDTH).isGreaterThanOrEqualTo(11);
	}

	private static double contrastWithWhite(Color colour) {
		return 1.05 / (luminance(colour) + 0.05);
	}

	private static double luminance(Color colour) {
		return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
