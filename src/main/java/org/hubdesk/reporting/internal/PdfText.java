package org.hubdesk.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text in a PDF: a style (face, size, line height, colour), lines wrapped to a width between words, and
 * lines drawn one by one down the pages. Texts given here are already {@link PdfFonts#safe safe}.
 */
final class PdfText {

	/** Codex's base text colour, as the charts'. */
	static final Color TEXT = ChartStyle.TEXT;

	/** Codex's subtle text colour. */
	static final Color SUBTLE = ChartStyle.SUBTLE;

	/** Codex's progressive blue, for links. */
	static final Color LINK = new Color(0x3366cc);

	/** Codex's base border colour. */
	static final Color BORDER = new Color(0xc8ccd1);

	/** Codex's subtle background. */
	static final Color BACKGROUND = new Color(0xf8f9fa);

	private PdfText() {
	}

	/**
	 * How a text looks.
	 *
	 * @param font the face
	 * @param size its size in points
	 * @param leading the distance from one line's top to the next one's
	 * @param color its colour
	 */
	record Style(PDFont font, float size, float leading, Color color) {

		/** The same, in another colour. */
		Style in(Color other) {
			return new Style(font, size, leading, other);
		}

		/** A text's width in this style. */
		float width(String text) {
			return PdfFonts.width(font, size, text);
		}

		/** The text's lines no wider than {@code width}, at most {@code maxLines} (the last then ends in "…"). */
		List<String> wrap(String text, float width, int maxLines) {
			return new LabelLines(this::width, width, maxLines).wrap(text);
		}

		/** The text's lines no wider than {@code width}, as many as it takes. */
		List<String> wrap(String text, float width) {
			return wrap(text, width, Integer.MAX_VALUE);
		}

		/** From a line's top to its baseline: half the space between lines above the letters. */
		float baseline() {
			float ascent = font.getFontDescriptor().getAscent() / 1000 * size;
			float descent = -font.getFontDescriptor().getDescent() / 1000 * size;
			return (leading - ascent - descent) / 2 + ascent;
		}

		/** Draws one line with its top at {@code top}. */
		void draw(PDPageContentStream content, float x, float top, String line) throws IOException {
			PdfText.line(content, font, size, color, x, top - baseline(), line);
		}
	}

	/** Writes one line of text with its baseline at (x, baseline). */
	static void line(PDPageContentStream content, PDFont font, float size, Color color, float x, float baseline,
			String text) throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.setNonStrokingColor(color);
		content.newLineAtOffset(x, baseline);
		content.showText(text);
		content.endText();
	}

	/** Writes lines down the pages at the left margin, each on the next page when it does not fit here. */
	static void flow(PdfPages pages, Style style, List<String> lines) throws IOException {
		for (String line : lines) {
			pages.need(style.leading());
			style.draw(pages.content(), PdfPages.LEFT, pages.y(), line);
			pages.down(style.leading());
		}
	}
}
