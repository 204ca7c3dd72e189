package org.hubdesk.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.hubdesk.reporting.PdfBlock;
import org.hubdesk.reporting.PdfReport;

/**
 * Writes a {@link PdfReport} as a PDF: its metadata, the title and subtitle, each block in turn down A4
 * pages ({@link PdfPages}), and the page numbers at the end, in fonts embedded in it ({@link PdfFonts}).
 */
public final class PdfWriting {

	/** The space between two blocks. */
	static final float GAP = 10;

	private final PdfReport report;

	private final PDDocument document;

	private final PdfFonts fonts;

	private final PdfPages pages;

	private final PdfText.Style body;

	private PdfWriting(PdfReport report, PDDocument document) {
		this.report = report;
		this.document = document;
		this.fonts = new PdfFonts(document);
		this.pages = new PdfPages(document);
		this.body = new PdfText.Style(fonts.regular, 10.5f, 15, PdfText.TEXT);
	}

	/**
	 * Writes the document.
	 *
	 * @param report what it says
	 * @param noNumbers the notice an empty chart shows, in a language
	 * @param out where to write it; left open
	 */
	public static void write(PdfReport report, Function<Locale, String> noNumbers, OutputStream out) {
		try (PDDocument document = new PDDocument()) {
			PdfWriting writing = new PdfWriting(report, document);
			writing.describe();
			writing.title();
			for (PdfBlock block : report.blocks()) {
				writing.block(block, noNumbers);
			}
			writing.pages.number(writing.fonts.regular, 9, PdfText.SUBTLE);
			document.save(out);
		}
		catch (IOException ex) {
			throw failed(ex);
		}
	}

	static UncheckedIOException failed(IOException ex) {
		return new UncheckedIOException("the PDF could not be written", ex);
	}

	/** The metadata: title, author, subject, language, and a reader shows the title rather than the file's name. */
	private void describe() {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(report.title());
		info.setAuthor(blankToNull(report.author()));
		info.setSubject(blankToNull(report.subject()));
		info.setCreator("Hubdesk");
		info.setCreationDate(Calendar.getInstance());
		document.getDocumentCatalog().setLanguage(report.language().toLanguageTag());
		PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
		viewer.setDisplayDocTitle(true);
		document.getDocumentCatalog().setViewerPreferences(viewer);
	}

	private void title() throws IOException {
		PdfText.Style title = new PdfText.Style(fonts.bold, 22, 27, PdfText.TEXT);
		PdfText.flow(pages, title, title.wrap(fonts.safe(report.title()), PdfPages.WIDTH));
		if (!report.subtitle().isBlank()) {
			PdfText.Style subtitle = new PdfText.Style(fonts.regular, 12, 17, PdfText.SUBTLE);
			PdfText.flow(pages, subtitle, subtitle.wrap(fonts.safe(report.subtitle()), PdfPages.WIDTH));
		}
		pages.down(GAP);
	}

	private void block(PdfBlock block, Function<Locale, String> noNumbers) throws IOException {
		if (block instanceof PdfBlock.Heading heading) {
			heading(heading.text());
		}
		else if (block instanceof PdfBlock.Paragraph paragraph) {
			PdfText.flow(pages, body, body.wrap(fonts.safe(paragraph.text()), PdfPages.WIDTH));
		}
		else if (block instanceof PdfBlock.KeyFigures figures) {
			new PdfKeyFigures(pages, fonts).draw(figures.figures());
		}
		else if (block instanceof PdfBlock.Table table) {
			new PdfTableDrawing(pages, fonts).draw(table);
		}
		else if (block instanceof PdfBlock.Chart chart) {
			new PdfChartDrawing(pages, fonts, body).draw(chart.chart(), noNumbers.apply(chart.chart().locale()));
		}
		pages.down(GAP);
	}

	/** A heading, kept on one page with the first lines of what follows it. */
	private void heading(String text) throws IOException {
		PdfText.Style heading = new PdfText.Style(fonts.bold, 14, 19, PdfText.TEXT);
		List<String> lines = heading.wrap(fonts.safe(text), PdfPages.WIDTH);
		pages.down(GAP / 2);
		pages.need(lines.size() * heading.leading() + 3 * body.leading());
		PdfText.flow(pages, heading, lines);
		pages.down(GAP / 4);
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}
}
