package org.hubdesk.reporting;

import java.util.List;
import java.util.Locale;

import org.hubdesk.reporting.BarChart.Kind;
import org.hubdesk.reporting.BarChart.Row;
import org.hubdesk.reporting.BarChart.Series;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BarChartTests {

	@Test
	void aSeriesHasOneNumberPerCategory() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BarChart("Requests", List.of("Europe", "Asia"),
					List.of(Series.of("Requests", List.of(1))), "Requests", Kind.BARS, Locale.ENGLISH))
			.withMessage("series 'Requests' has 1 numbers for 2 categories");
	}

	@Test
	void aChartNeedsATitleAndASeriesAndEverySeriesAName() {
		List<Series> one = List.of(Series.of("Requests", List.of(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BarChart(" ", List.of("Europe"), one, "", Kind.BARS, Locale.ENGLISH))
			.withMessage("a chart needs a title");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BarChart("Requests", List.of("Europe"), List.of(), "", Kind.BARS, Locale.ENGLISH))
			.withMessage("a chart needs at least one series");
		assertThatIllegalArgumentException().isThrownBy(() -> Series.of("", List.of(1)))
			.withMessage("a series needs a name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BarChart("Requests", List.of(""), one, "", Kind.BARS, Locale.ENGLISH))
			.withMessage("a category needs a label");
	}

	@Test
	void numbersAreFinite() {
		assertThatIllegalArgumentException().isThrownBy(() -> Series.of("Share", List.of(1.0, Double.NaN)))
			.withMessageContaining("not finite");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Series.of("Share", List.of(Double.POSITIVE_INFINITY)))
			.withMessageContaining("not finite");
	}

	@Test
	void rowsWriteTheNumbersInTheChartsLocale() {
		BarChart chart = new BarChart("Timmar", List.of("Europa", "Asien"),
				List.of(Series.of("Svar", List.of(1234.5, 2)), Series.of("Ärenden", List.of(-3, 10000))), null,
				Kind.BARS, Locale.forLanguageTag("sv"));

		assertThat(chart.rows()).containsExactly(new Row("Europa", List.of("1\u00a0234,5", "\u22123")),
				new Row("Asien", List.of("2", "10\u00a0000")));
		assertThat(chart.axisLabel()).isEmpty();
		assertThat(chart.format(0.25)).isEqualTo("0,25");
	}

	@Test
	void aChartWithoutCategoriesIsEmpty() {
		BarChart chart = new BarChart("Requests", List.of(), List.of(Series.of("Requests", List.of())), "",
				Kind.BARS, Locale.ENGLISH);

		assertThat(chart.isEmpty()).isTrue();
		assertThat(chart.rows()).isEmpty();
	}

	@Test
	void theListsCannotBeChangedAfterwards() {
		List<String> categories = new java.util.ArrayList<>(List.of("Europe"));
		BarChart chart = new BarChart("Requests", categories, List.of(Series.of("Requests", List.of(1))), "",
				Kind.BARS, Locale.ENGLISH);
		categories.add("Asia");

		assertThat(chart.categories()).containsExactly("Europe");
	}
}
