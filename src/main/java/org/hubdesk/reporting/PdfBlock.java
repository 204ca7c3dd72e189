package org.hubdesk.reporting;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One block of a {@link PdfReport}, drawn in turn down its pages. Texts arrive translated; a character
 * the document's font does not have is written as {@code ?}.
 */
public sealed interface PdfBlock
		permits PdfBlock.Heading, PdfBlock.Paragraph, PdfBlock.KeyFigures, PdfBlock.Table, PdfBlock.Chart {

	/**
	 * A section's heading, in bold; it moves to the next page with the start of what follows it.
	 *
	 * @param text the heading
	 */
	record Heading(String text) implements PdfBlock {

		public Heading {
			text = required(text, "a heading needs text");
		}
	}

	/**
	 * A paragraph of text, wrapped to the page's width and continued on the next page when it does not
	 * fit. Line breaks in it are spaces.
	 *
	 * @param text the paragraph
	 */
	record Paragraph(String text) implements PdfBlock {

		public Paragraph {
			text = required(text, "a paragraph needs text");
		}
	}

	/**
	 * A few numbers that matter most, side by side in a grid: each value large, its label below.
	 *
	 * @param figures the figures, in reading order
	 */
	record KeyFigures(List<KeyFigure> figures) implements PdfBlock {

		public KeyFigures {
			figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
			if (figures.isEmpty()) {
				throw new IllegalArgumentException("key figures need at least one figure");
			}
		}
	}

	/**
	 * One key figure.
	 *
	 * @param label what the number counts, e.g. "Files in use"
	 * @param value the number as written in the document's language, e.g. "1 234" or "42 %"
	 */
	record KeyFigure(String label, String value) {

		public KeyFigure {
			label = required(label, "a key figure needs a label");
			value = required(value, "a key figure needs a value");
		}
	}

	/**
	 * A table with a header row; its rows continue on the next page, under the header again. Columns
	 * share the width by what they hold; a long cell wraps.
	 *
	 * @param header the columns' names
	 * @param rows the rows, each with one cell per column
	 */
	record Table(List<String> header, List<List<Cell>> rows) implements PdfBlock {

		public Table {
			header = List.copyOf(Objects.requireNonNull(header, "header"));
			rows = Objects.requireNonNull(rows, "rows").stream().map(List::copyOf).toList();
			if (header.isEmpty()) {
				throw new IllegalArgumentException("a table needs at least one column");
			}
			for (List<Cell> row : rows) {
				if (row.size() != header.size()) {
					throw new IllegalArgumentException(
							"a row has " + row.size() + " cells for " + header.size() + " columns");
				}
			}
		}
	}

	/**
	 * One cell of a table: its text, optionally a link the text opens, and whether it is a number (set
	 * flush right, so the digits line up).
	 *
	 * @param text what the cell shows; may be empty
	 * @param link the web address the text links to, {@code http} or {@code https}; or {@code null}
	 * @param number whether the text is a number
	 */
	record Cell(String text, URI link, boolean number) {

		public Cell {
			text = text == null ? "" : text;
			if (link != null) {
				String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
				if (!scheme.equals("http") && !scheme.equals("https") || link.getHost() == null) {
					throw new IllegalArgumentException("a cell links to a web address only: " + link);
				}
			}
		}

		/** A cell of text. */
		public static Cell of(String text) {
			return new Cell(text, null, false);
		}

		/** A cell whose text opens a web address. */
		public static Cell link(String text, URI link) {
			return new Cell(text, Objects.requireNonNull(link, "link"), false);
		}

		/** A cell with a number, written as the document's language writes it. */
		public static Cell number(String text) {
			return new Cell(text, null, true);
		}
	}

	/**
	 * A bar chart with its title above it, drawn as vectors in the document's font, the full width of
	 * the page; a chart that does not fit on what is left of a page starts the next one. An empty chart
	 * is its "no numbers yet" notice.
	 *
	 * @param chart the chart
	 */
	record Chart(BarChart chart) implements PdfBlock {

		public Chart {
			Objects.requireNonNull(chart, "chart");
		}
	}

	private static String required(String text, String message) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(message);
		}
		return text;
	}
}
