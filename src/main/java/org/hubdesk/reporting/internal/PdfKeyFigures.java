package org.hubdesk.reporting.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.hubdesk.reporting.PdfBlock.KeyFigure;

/**
 * Key figures as a grid of cards, up to four a row (three when there are more): each on a light
 * background with a blue edge, its value large and bold, its label below. A row of cards is never split
 * between two pages.
 */
final class PdfKeyFigures {

	private static final float PADDING = 8;

	private static final float EDGE = 3;

	private static final float SPACING = 8;

	private final PdfPages pages;

	private final PdfFonts fonts;

	private final PdfText.Style value;

	private final PdfText.Style label;

	PdfKeyFigures(PdfPages pages, PdfFonts fonts) {
		this.pages = pages;
		this.fonts = fonts;
		this.value = new PdfText.Style(fonts.bold, 18, 23, PdfText.TEXT);
		this.label = new PdfText.Style(fonts.regular, 9.5f, 12.5f, PdfText.SUBTLE);
	}

	void draw(List<KeyFigure> figures) throws IOException {
		int columns = figures.size() <= 4 ? figures.size() : 3;
		float width = (PdfPages.WIDTH - (columns - 1) * SPACING) / columns;
		for (int first = 0; first < figures.size(); first += columns) {
			row(figures.subList(first, Math.min(first + columns, figures.size())), width);
		}
	}

	private void row(List<KeyFigure> figures, float width) throws IOException {
		float inner = width - EDGE - 2 * PADDING;
		List<List<String>> values = new ArrayList<>();
		List<List<String>> labels = new ArrayList<>();
		float height = 0;
		for (KeyFigure figure : figures) {
			List<String> v = value.wrap(fonts.safe(figure.value()), inner, 2);
			List<String> l = label.wrap(fonts.safe(figure.label()), inner, 3);
			values.add(v);
			labels.add(l);
			height = Math.max(height, 2 * PADDING + v.size() * value.leading() + l.size() * label.leading());
		}
		pages.need(height);
		PDPageContentStream content = pages.content();
		float top = pages.y();
		for (int i = 0; i < figures.size(); i++) {
			float x = PdfPages.LEFT + i * (width + SPACING);
			content.setNonStrokingColor(PdfText.BACKGROUND);
			content.addRect(x, top - height, width, height);
			content.fill();
			content.setNonStrokingColor(PdfText.LINK);
			content.addRect(x, top - height, EDGE, height);
			content.fill();
			float textX = x + EDGE + PADDING;
			float y = top - PADDING;
			for (String line : values.get(i)) {
				value.draw(content, textX, y, line);
				y -= value.leading();
			}
			for (String line : labels.get(i)) {
				label.draw(content, textX, y, line);
				y -= label.leading();
			}
		}
		pages.down(height + SPACING);
	}
}
