package org.hubdesk.reporting;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A bar chart's content: its title, the categories' labels, one or more series with one number per
 * category, the label of the value axis, the kind of chart and the locale its numbers are written in.
 * Labels arrive translated. The bars are horizontal; several series are drawn side by side in each
 * category ({@link Kind#BARS}) or one after another in one bar ({@link Kind#STACKED_BARS}). A chart
 * with no categories is allowed (nothing counted yet) and {@link #isEmpty() empty}.
 *
 * @param title what the chart shows, its accessible name and its caption
 * @param categories the labels of the categories, in the order drawn (top to bottom)
 * @param series the series, each with one number per category
 * @param axisLabel what the numbers count; may be blank
 * @param kind how several series are drawn
 * @param locale the language the numbers are written in
 */
public record BarChart(String title, List<String> categories, List<Series> series, String axisLabel, Kind kind,
		Locale locale) {

	/** How several series share a category. */
	public enum Kind {
		/** A bar per series, side by side (grouped); a single series is simply bars. */
		BARS,
		/** One bar per category, the series one after another in it. */
		STACKED_BARS
	}

	public BarChart {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a chart needs a title");
		}
		categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
		series = List.copyOf(Objects.requireNonNull(series, "series"));
		if (series.isEmpty()) {
			throw new IllegalArgumentException("a chart needs at least one series");
		}
		for (String category : categories) {
			if (category.isBlank()) {
				throw new IllegalArgumentException("a category needs a label");
			}
		}
		for (Series s : series) {
			if (s.values().size() != categories.size()) {
				throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
						+ " numbers for " + categories.size() + " categories");
			}
		}
		axisLabel = axisLabel == null ? "" : axisLabel;
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(locale, "locale");
	}

	/**
	 * A chart of one series from labels and their numbers, in the map's order (give a
	 * {@link java.util.LinkedHashMap} or a sorted map).
	 */
	public static BarChart of(String title, String axisLabel, String seriesName,
			Map<String, ? extends Number> numbers, Locale locale) {
		return new BarChart(title, List.copyOf(numbers.keySet()),
				List.of(Series.of(seriesName, List.copyOf(numbers.values()))), axisLabel, Kind.BARS, locale);
	}

	/** Whether there is nothing to draw: no categories. */
	public boolean isEmpty() {
		return categories.isEmpty();
	}

	/** A fresh format for the chart's numbers in its locale (grouping, decimal separator, minus sign). */
	public NumberFormat numberFormat() {
		return NumberFormat.getNumberInstance(locale);
	}

	/** A number as the chart writes it: {@code 1,234.5} in English, {@code 1 234,5} in Swedish. */
	public String format(double number) {
		return numberFormat().format(number);
	}

	/** The chart's numbers row by row, as a table shows them: a category and its numbers, written. */
	public List<Row> rows() {
		NumberFormat format = numberFormat();
		List<Row> rows = new ArrayList<>(categories.size());
		for (int i = 0; i < categories.size(); i++) {
			List<String> numbers = new ArrayList<>(series.size());
			for (Series s : series) {
				numbers.add(format.format(s.values().get(i)));
			}
			rows.add(new Row(categories.get(i), numbers));
		}
		return List.copyOf(rows);
	}

	/**
	 * A named series of numbers, one per category; finite numbers only.
	 *
	 * @param name the series' name, shown in the legend and the table's header
	 * @param values its numbers, in the order of the categories
	 */
	public record Series(String name, List<Double> values) {

		public Series {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("a series needs a name");
			}
			values = List.copyOf(Objects.requireNonNull(values, "values"));
			for (Double value : values) {
				if (!Double.isFinite(value)) {
					throw new IllegalArgumentException("series '" + name + "' has a number that is not finite: " + value);
				}
			}
		}

		/** A series from any numbers (counts, shares), as doubles. */
		public static Series of(String name, List<? extends Number> numbers) {
			return new Series(name, numbers.stream().map(Number::doubleValue).toList());
		}
	}

	/**
	 * One category's row of the table: its label and its numbers, written in the chart's locale.
	 *
	 * @param category the category's label
	 * @param values its numbers, one per series, written
	 */
	public record Row(String category, List<String> values) {
	}
}
