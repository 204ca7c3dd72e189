package org.hubdesk.reporting.internal;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The pages of a document as its content flows down them: A4, with margins, a new page whenever what
 * comes next does not fit on what is left of this one. Positions are in points from the bottom of the
 * page (PDF's own); {@link #y()} is where the next block starts, below the last.
 */
final class PdfPages {

	/** 20 mm, in points. */
	static final float MARGIN = 56.7f;

	/** Above the bottom margin: the room the page number takes. */
	static final float FOOTER = 20;

	static final PDRectangle SIZE = PDRectangle.A4;

	/** The width of the text and everything else. */
	static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

	static final float LEFT = MARGIN;

	private static final float TOP = SIZE.getHeight() - MARGIN;

	private static final float BOTTOM = MARGIN + FOOTER;

	/** The height a page holds. */
	static final float HEIGHT = TOP - BOTTOM;

	private final PDDocument document;

	private PDPage page;

	private PDPageContentStream content;

	private float y;

	PdfPages(PDDocument document) {
		this.document = document;
	}

	PDDocument document() {
		return document;
	}

	/** The page being written, started if none is. */
	PDPage page() {
		if (page == null) {
			next();
		}
		return page;
	}

	/** What draws on the page being written. */
	PDPageContentStream content() {
		page();
		return content;
	}

	/** Where the next block starts: its top. */
	float y() {
		page();
		return y;
	}

	/** Moves down past what was just drawn. */
	void down(float height) {
		y -= height;
	}

	/** The height left on this page. */
	float room() {
		return y() - BOTTOM;
	}

	/**
	 * Makes room for a block of a height: a new page if it does not fit on this one. A block higher than a
	 * page stays where a page starts (it would not fit on the next either).
	 */
	void need(float height) {
		if (height > room() && y < TOP) {
			next();
		}
	}

	/** Starts a new page. */
	void next() {
		close();
		page = new PDPage(SIZE);
		document.addPage(page);
		try {
			content = new PDPageContentStream(document, page);
		}
		catch (IOException ex) {
			throw PdfWriting.failed(ex);
		}
		y = TOP;
	}

	/** Ends the page being written. */
	void close() {
		if (content != null) {
			try {
				content.close();
			}
			catch (IOException ex) {
				throw PdfWriting.failed(ex);
			}
			content = null;
		}
	}

	/** Writes "n / N" at the foot of every page, in the middle. Call it once, at the end. */
	void number(PDFont font, float size, Color color) throws IOException {
		close();
		int count = document.getNumberOfPages();
		for (int n = 1; n <= count; n++) {
			PDPage numbered = document.getPage(n - 1);
			String text = n + " / " + count;
			float x = (SIZE.getWidth() - PdfFonts.width(font, size, text)) / 2;
			try (PDPageContentStream foot = new PDPageContentStream(document, numbered, AppendMode.APPEND, true,
					true)) {
				PdfText.line(foot, font, size, color, x, MARGIN, text);
			}
		}
	}
}
