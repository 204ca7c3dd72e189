package org.hubdesk.needs.internal.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Themes by a property of the interviews (the affiliate's region or type): one column for each value
 * some interview has, in alphabetical order, and one row for each theme in the codebook's order. An
 * interview without the property is in no column.
 *
 * @param columns the columns and the interviews in each, coded or not
 * @param rows the themes' rows, each with one cell per column, in the columns' order
 */
public record CrossTab(List<Column> columns, List<Row> rows) {

	public CrossTab {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/**
	 * A column.
	 *
	 * @param key the region code or affiliate type
	 * @param interviews the interviews in the column, whether they are coded or not
	 */
	public record Column(String key, int interviews) {
	}

	/**
	 * A theme's row.
	 *
	 * @param themeId the theme
	 * @param cells one per column, in the columns' order
	 */
	public record Row(long themeId, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}
	}

	/**
	 * A theme in a column.
	 *
	 * @param column the column's key
	 * @param interviews the interviews in the column that mention the theme
	 * @param share those interviews divided by all the column's interviews, from 0 to 1
	 */
	public record Cell(String column, int interviews, double share) {
	}

	/** The theme's cell in this column, or null when there is no such row or column. */
	public Cell cell(long themeId, String column) {
		return rows.stream()
			.filter(row -> row.themeId() == themeId)
			.flatMap(row -> row.cells().stream())
			.filter(cell -> cell.column().equals(column))
			.findFirst()
			.orElse(null);
	}

	static CrossTab of(Insights insights, Function<InterviewFacts, String> property) {
		Map<String, List<InterviewFacts>> byColumn = new TreeMap<>();
		for (InterviewFacts interview : insights.interviews()) {
			String key = property.apply(interview);
			if (key != null) {
				byColumn.computeIfAbsent(key, k -> new ArrayList<>()).add(interview);
			}
		}
		List<Column> columns = new ArrayList<>();
		byColumn.forEach((key, interviews) -> columns.add(new Column(key, interviews.size())));
		List<Row> rows = new ArrayList<>();
		for (long theme : insights.codebook().ids()) {
			List<Cell> cells = new ArrayList<>();
			byColumn.forEach((key, interviews) -> {
				int mentioning = (int) interviews.stream().filter(i -> insights.mentions(i, theme)).count();
				cells.add(new Cell(key, mentioning, (double) mentioning / interviews.size()));
			});
			rows.add(new Row(theme, cells));
		}
		return new CrossTab(columns, rows);
	}
}
