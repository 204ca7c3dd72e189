package org.hubdesk.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.hubdesk.reporting.PdfBlock.Cell;
import org.hubdesk.reporting.PdfBlock.Table;

/**
 * A table the width of the page: its header in bold over a dark rule, its rows between light ones, a
 * row never split; the rows go on over as many pages as they need, each page starting with the header
 * again. Linked text is blue and opens its address; numbers are set flush right, and so is the name of
 * a column of numbers.
 */
final class PdfTableDrawing {

	private static final float PADDING = 4;

	/** The most lines a cell takes; a longer text ends in an ellipsis. */
	private static final int MAX_LINES = 8;

	private final PdfPages pages;

	private final PdfFonts fonts;

	private final PdfText.Style cell;

	private final PdfText.Style header;

	PdfTableDrawing(PdfPages pages, PdfFonts fonts) {
		this.pages = pages;
		this.fonts = fonts;
		this.cell = new PdfText.Style(fonts.regular, 9.5f, 12.5f, PdfText.TEXT);
		this.header = new PdfText.Style(fonts.bold, 9.5f, 12.5f, PdfText.TEXT);
	}

	void draw(Table table) throws IOException {
		List<List<Cell>> rows = table.rows()
			.stream()
			.map(row -> row.stream().map(c -> new Cell(fonts.safe(c.text()), c.link(), c.number())).toList())
			.toList();
		List<Cell> head = new ArrayList<>();
		for (int c = 0; c < table.header().size(); c++) {
			int column = c;
			boolean numbers = !rows.isEmpty() && rows.stream().allMatch(row -> row.get(column).number());
			head.add(new Cell(fonts.safe(table.header().get(c)), null, numbers));
		}
		float[] widths = new PdfColumns(PdfPages.WIDTH, 2 * PADDING).widths(naturalWidths(head, rows));
		Row headerRow = new Row(head, widths, header);
		pages.need(headerRow.height() + (rows.isEmpty() ? 0 : new Row(rows.get(0), widths, cell).height()));
		draw(headerRow, PdfText.TEXT, 1f);
		for (List<Cell> cells : rows) {
			Row row = new Row(cells, widths, cell);
			if (row.height() > pages.room()) {
				pages.next();
				draw(headerRow, PdfText.TEXT, 1f);
			}
			draw(row, PdfText.BORDER, 0.5f);
		}
	}

	private float[] naturalWidths(List<Cell> head, List<List<Cell>> rows) {
		float[] widths = new float[head.size()];
		for (int c = 0; c < widths.length; c++) {
			widths[c] = header.width(head.get(c).text());
			for (List<Cell> row : rows) {
				widths[c] = Math.max(widths[c], cell.width(row.get(c).text()));
			}
		}
		return widths;
	}

	/** Draws a row at the top of what is left of the page, and a rule under it. */
	private void draw(Row row, Color rule, float thickness) throws IOException {
		PDPageContentStream content = pages.content();
		float top = pages.y();
		float x = PdfPages.LEFT;
		for (int c = 0; c < row.cells().size(); c++) {
			Cell it = row.cells().get(c);
			List<String> lines = row.lines().get(c);
			PdfText.Style style = it.link() == null ? row.style() : row.style().in(PdfText.LINK);
			float y = top - PADDING;
			float widest = 0;
			for (String line : lines) {
				float width = style.width(line);
				float lineX = it.number() ? x + row.widths()[c] - PADDING - width : x + PADDING;
				style.draw(content, lineX, y, line);
				widest = Math.max(widest, width);
				y -= style.leading();
			}
			if (it.link() != null && !it.text().isBlank()) {
				link(x + PADDING, y, widest, top - PADDING - y, it);
			}
			x += row.widths()[c];
		}
		float bottom = top - row.height();
		content.setStrokingColor(rule);
		content.setLineWidth(thickness);
		content.moveTo(PdfPages.LEFT, bottom);
		content.lineTo(PdfPages.LEFT + PdfPages.WIDTH, bottom);
		content.stroke();
		pages.down(row.height());
	}

	/** Makes a rectangle of the page open the cell's address, with no border drawn around it. */
	private void link(float x, float y, float width, float height, Cell linked) throws IOException {
		PDActionURI action = new PDActionURI();
		action.setURI(linked.link().toASCIIString());
		PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
		noBorder.setWidth(0);
		PDAnnotationLink link = new PDAnnotationLink();
		link.setRectangle(new PDRectangle(x, y, width, height));
		link.setBorderStyle(noBorder);
		link.setAction(action);
		link.setContents(linked.text());
		pages.page().getAnnotations().add(link);
	}

	/**
	 * A row laid out: its cells' lines in their columns' widths.
	 *
	 * @param cells the row's cells
	 * @param widths the columns' widths
	 * @param style the text's style
	 * @param lines each cell's lines
	 */
	private record Row(List<Cell> cells, float[] widths, PdfText.Style style, List<List<String>> lines) {

		Row(List<Cell> cells, float[] widths, PdfText.Style style) {
			this(cells, widths, style, wrap(cells, widths, style));
		}

		private static List<List<String>> wrap(List<Cell> cells, float[] widths, PdfText.Style style) {
			List<List<String>> lines = new ArrayList<>(cells.size());
			for (int c = 0; c < cells.size(); c++) {
				lines.add(style.wrap(cells.get(c).text(), widths[c] - 2 * PADDING, MAX_LINES));
			}
			return lines;
		}

		float height() {
			int most = lines.stream().mapToInt(List::size).max().orElse(1);
			return most * style.leading() + 2 * PADDING;
		}
	}
}
