package org.hubdesk.reporting.internal;

import java.awt.Font;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.hubdesk.reporting.BarChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * A chart in a PDF: its title in bold, then the drawing the page's SVG is made from
 * ({@link BarChartDrawing}), as vectors in a form XObject, its text in the document's embedded font. It
 * takes the page's width, its text at {@value #TEXT_SIZE} points; a chart taller than a page is made
 * smaller to fit one. A chart that does not fit on what is left of a page starts the next one. An empty
 * chart is its notice, in text.
 */
final class PdfChartDrawing {

	/** The size of the chart's text on paper, a little smaller than the body's. */
	static final float TEXT_SIZE = 9.5f;

	private final PdfPages pages;

	private final PdfFonts fonts;

	private final PdfText.Style body;

	private final PdfText.Style caption;

	PdfChartDrawing(PdfPages pages, PdfFonts fonts, PdfText.Style body) {
		this.pages = pages;
		this.fonts = fonts;
		this.body = body;
		this.caption = new PdfText.Style(fonts.bold, 11, 15, PdfText.TEXT);
	}

	/**
	 * @param chart the chart
	 * @param noNumbers what an empty chart says instead
	 */
	void draw(BarChart chart, String noNumbers) throws IOException {
		List<String> title = caption.wrap(fonts.safe(chart.title()), PdfPages.WIDTH);
		float captionHeight = title.size() * caption.leading();
		if (chart.isEmpty()) {
			PdfText.Style notice = body.in(PdfText.SUBTLE);
			List<String> lines = notice.wrap(fonts.safe(noNumbers), PdfPages.WIDTH);
			pages.need(captionHeight + lines.size() * notice.leading());
			PdfText.flow(pages, caption, title);
			PdfText.flow(pages, notice, lines);
			return;
		}
		float scale = TEXT_SIZE / ChartStyle.FONT_SIZE;
		Font font = PdfFonts.awtRegular(ChartStyle.FONT_SIZE);
		// the drawing's padding goes into the margins, so its bars and labels line up with the text
		double width = PdfPages.WIDTH / scale + 2 * ChartStyle.PADDING;
		BarChartDrawing.LaidOut laidOut = new BarChartDrawing(fonts.safe(chart), font, width).layOut();
		scale = Math.min(scale, (PdfPages.HEIGHT - captionHeight) / (float) laidOut.height());
		float height = (float) laidOut.height() * scale;
		float left = PdfPages.LEFT - (float) ChartStyle.PADDING * scale;

		pages.need(captionHeight + height);
		PdfText.flow(pages, caption, title);
		PDFormXObject form = form(laidOut, font);
		PDPageContentStream content = pages.content();
		content.saveGraphicsState();
		content.transform(new Matrix(scale, 0, 0, scale, left, pages.y() - height));
		content.drawForm(form);
		content.restoreGraphicsState();
		pages.down(height);
	}

	/** The chart drawn as a form XObject in its own units, text written in the embedded regular face. */
	private PDFormXObject form(BarChartDrawing.LaidOut laidOut, Font font) throws IOException {
		PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
		text.registerFont(font.getFontName(), fonts.regular);
		PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(pages.document(), (float) laidOut.width(),
				(float) laidOut.height());
		try {
			g2.setFontTextDrawer(text);
			laidOut.draw(g2);
		}
		finally {
			g2.dispose();
			text.close();
		}
		return g2.getXFormObject();
	}
}
