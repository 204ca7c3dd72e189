package org.hubdesk.reporting.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hubdesk.reporting.BarChart;

/**
 * The fonts of a PDF document, embedded in it (only the letters it uses): Liberation Sans, regular and
 * bold, under the SIL Open Font License. The regular face ships with PDFBox, the bold one with the
 * {@code openpdf-fonts-extra} artifact. They have the Latin, Greek and Cyrillic alphabets and common
 * punctuation; any other character is written as {@code ?}, never dropped in silence or failed on.
 */
final class PdfFonts {

	private static final String REGULAR = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

	/** What a character the fonts lack is written as. */
	static final String MISSING = "?";

	final PDFont regular;

	final PDFont bold;

	private final Map<Integer, Boolean> known = new HashMap<>();

	/** Loads both faces into the document, to be embedded when it is saved. */
	PdfFonts(PDDocument document) {
		try {
			this.regular = PDType0Font.load(document, new ByteArrayInputStream(Files.REGULAR));
			this.bold = PDType0Font.load(document, new ByteArrayInputStream(Files.BOLD));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the PDF fonts could not be read", ex);
		}
	}

	/**
	 * The text as both faces can write it: control characters (line breaks, tabs) become spaces, a
	 * character the fonts lack becomes {@code ?}.
	 */
	String safe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (Character.isISOControl(c)) {
				safe.append(' ');
			}
			else if (known.computeIfAbsent(c, this::writable)) {
				safe.appendCodePoint(c);
			}
			else {
				safe.append(MISSING);
			}
		});
		return safe.toString();
	}

	/** The chart with every label made {@link #safe}; its numbers are digits and separators the font has. */
	BarChart safe(BarChart chart) {
		List<BarChart.Series> series = chart.series()
			.stream()
			.map(s -> new BarChart.Series(safe(s.name()), s.values()))
			.toList();
		return new BarChart(safe(chart.title()), chart.categories().stream().map(this::safe).toList(), series,
				safe(chart.axisLabel()), chart.kind(), chart.locale());
	}

	/** The width of a {@link #safe} text in a face at a size, in points. */
	static float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The regular face for Java's drawing (a chart's), at a size: text is measured in it as it is drawn
	 * into the PDF with {@link #regular}.
	 */
	static Font awtRegular(float size) {
		return Files.AWT.deriveFont(size);
	}

	private boolean writable(int codePoint) {
		String character = new String(Character.toChars(codePoint));
		try {
			regular.encode(character);
			bold.encode(character);
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

	/** The font files, read once. */
	private static final class Files {

		static final byte[] REGULAR = read(PdfFonts.REGULAR);

		static final byte[] BOLD = read(PdfFonts.BOLD);

		static final Font AWT = awt(REGULAR);

		private static byte[] read(String resource) {
			try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("the font " + resource + " is not on the class path");
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("the font " + resource + " could not be read", ex);
			}
		}

		private static Font awt(byte[] file) {
			try {
				return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file));
			}
			catch (FontFormatException | IOException ex) {
				throw new IllegalStateException("the PDF font is not a TrueType font", ex);
			}
		}
	}
}
