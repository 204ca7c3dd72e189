package org.hubdesk.reporting;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubdesk.reporting.BarChart.Kind;
import org.hubdesk.reporting.BarChart.Series;
import org.hubdesk.reporting.PdfBlock.Cell;
import org.hubdesk.reporting.PdfBlock.KeyFigure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a partner gets from {@link Pdfs}: a PDF that reads as it was written, in its own fonts, charts as vectors. */
class PdfsTests {

	private final Pdfs pdfs = new Pdfs(ChartsTests.messages());

	private static final String PARAGRAPH = "Åsa Öberg räknar filerna från museet: de används på 1 234 sidor "
			+ "i 12 språkversioner av Wikipedia, och bilderna från Söderåsen är de mest visade.";

	private static PdfReport report(Locale language, BarChart... charts) {
		List<List<Cell>> rows = IntStream.rangeClosed(1, 70)
			.mapToObj(i -> List.of(Cell.link("Sida " + i + " om Ölands fåglar",
					URI.create("https://sv.wikipedia.org/wiki/Sida_" + i)), Cell.of("sv.wikipedia.org"),
					Cell.number(Integer.toString(1000 - i))))
			.toList();
		PdfReport.Builder builder = PdfReport.builder("Användningen av museets bilder", language)
			.subtitle("Skansen · 2025")
			.author("Wikimedia Sverige")
			.subject("Användning på Wikimedias plattformar")
			.heading("Sammanfattning")
			.paragraph(PARAGRAPH)
			.keyFigures(List.of(new KeyFigure("Filer", "1 204"), new KeyFigure("Filer som används", "37 %"),
					new KeyFigure("Sidor som visar dem", "2 310")))
			.heading("Mest visade sidor")
			.table(List.of("Sida", "Wiki", "Visningar"), rows);
		for (BarChart chart : charts) {
			builder.chart(chart);
		}
		return builder.build();
	}

	private static BarChart usefulness(Locale locale) {
		return new BarChart("Användning per wiki", List.of("Svenska Wikipedia", "Wikidata", "Engelska Wikipedia"),
				List.of(Series.of("Sidor", List.of(120, 45, 30)), Series.of("Filer", List.of(80, 20, 12))), "Sidor",
				Kind.BARS, locale);
	}

	private static PDDocument read(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		return Loader.loadPDF(pdf);
	}

	private static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document);
	}

	private static String text(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	@Test
	void theTextIsThereAsWrittenSwedishLettersAndAll() throws IOException {
		try (PDDocument document = read(pdfs.write(report(ChartsTests.SV, usefulness(ChartsTests.SV))))) {
			String text = text(document);

			assertThat(text).contains("Användningen av museets bilder", "Skansen · 2025", "Sammanfattning",
					"Åsa Öberg räknar", "Söderåsen", "Filer som används", "37 %", "Mest visade sidor",
					"Sida 1 om Ölands fåglar", "Sida 70 om Ölands fåglar", "Användning per wiki");
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			assertThat(text).contains("1 / " + document.getNumberOfPages(),
					document.getNumberOfPages() + " / " + document.getNumberOfPages());
		}
	}

	@Test
	void theMetadataNameTheDocumentAndItsLanguage() throws IOException {
		try (PDDocument document = read(pdfs.write(report(ChartsTests.SV)))) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Användningen av museets bilder");
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Wikimedia Sverige");
			assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Användning på Wikimedias plattformar");
			assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
		}
		try (PDDocument document = read(pdfs.write(report(Locale.ENGLISH)))) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
	}

	@Test
	void everyFontIsEmbeddedThoseOfTheChartsToo() throws IOException {
		try (PDDocument document = read(pdfs.write(report(ChartsTests.SV, usefulness(ChartsTests.SV))))) {
			Contents contents = Contents.of(document);

			assertThat(contents.fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
				.as(font.getName() + " embedded").isTrue());
			assertThat(contents.forms).as("the chart is a form").hasSize(1);
			List<PDFont> chartFonts = Contents.of(contents.forms.get(0).getResources()).fonts;
			assertThat(chartFonts).as("the chart writes its text in a font").isNotEmpty()
				.allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue());
		}
	}

	@Test
	void chartsAreVectorsNotImages() throws IOException {
		BarChart regions = ChartsTests.regions(8, ChartsTests.SV);
		try (PDDocument document = read(pdfs.write(report(ChartsTests.SV, usefulness(ChartsTests.SV), regions)))) {
			Contents contents = Contents.of(document);

			assertThat(contents.forms).hasSize(2);
			assertThat(contents.images).isEmpty();
			assertThat(text(document)).contains("Requests by region");
		}
	}

	@Test
	void theTableGoesOnOnTheNextPageUnderItsHeaderAgain() throws IOException {
		try (PDDocument document = read(pdfs.write(report(ChartsTests.SV)))) {
			int last = document.getNumberOfPages();

			assertThat(last).isGreaterThan(1);
			assertThat(text(document, 1)).contains("Sida Wiki Visningar\nSida 1 om Ölands fåglar")
				.doesNotContain("Sida 70 om");
			for (int page = 2; page <= last; page++) {
				assertThat(text(document, page)).as("page " + page).startsWith("Sida Wiki Visningar\nSida ");
			}
			assertThat(text(document, last)).contains("Sida 70 om Ölands fåglar sv.wikipedia.org 930");
		}
	}

	@Test
	void linkedCellsOpenTheirAddresses() throws IOException {
		try (PDDocument document = read(pdfs.write(report(ChartsTests.SV)))) {
			List<String> addresses = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
						addresses.add(uri.getURI());
					}
				}
			}
			assertThat(addresses).hasSize(70)
				.contains("https://sv.wikipedia.org/wiki/Sida_1", "https://sv.wikipedia.org/wiki/Sida_70");
		}
	}

	@Test
	void aChartThatDoesNotFitStartsTheNextPage() throws IOException {
		PdfReport.Builder builder = PdfReport.builder("Fyllnad", Locale.ENGLISH);
		for (int i = 0; i < 10; i++) {
			builder.paragraph(PARAGRAPH + " " + PARAGRAPH);
		}
		byte[] pdf = pdfs.write(builder.chart(ChartsTests.regions(8, Locale.ENGLISH)).build());

		try (PDDocument document = read(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(text(document, 1)).contains("Åsa Öberg").doesNotContain("Requests by region");
			assertThat(text(document, 2)).startsWith("Requests by region");
			assertThat(Contents.of(document.getPage(0).getResources()).forms).isEmpty();
			assertThat(Contents.of(document.getPage(1).getResources()).forms).hasSize(1);
		}
	}

	@Test
	void anEmptyChartSaysThereAreNoNumbersYet() throws IOException {
		BarChart empty = new BarChart("Requests by region", List.of(), List.of(Series.of("Requests", List.of())),
				"Requests", Kind.BARS, Locale.ENGLISH);
		BarChart tom = new BarChart("Förfrågningar per region", List.of(), List.of(Series.of("Förfrågningar", List.of())),
				"Förfrågningar", Kind.BARS, ChartsTests.SV);

		try (PDDocument document = read(pdfs.write(report(Locale.ENGLISH, empty, tom)))) {
			assertThat(text(document)).contains("Requests by region", "There are no numbers to show yet.",
					"Förfrågningar per region", "Det finns inga siffror att visa än.");
			assertThat(Contents.of(document).forms).isEmpty();
		}
	}

	@Test
	void charactersTheFontLacksAreQuestionMarks() throws IOException {
		PdfReport report = PdfReport.builder("Museet 博物馆", Locale.ENGLISH)
			.paragraph("Łódź, Dvořák, Ærø, «Ελληνικά», Кириллица — and 博物馆 \uD83D\uDE00 too.")
			.table(List.of("Name"), List.of(List.of(Cell.of("雪 in a table"))))
			.chart(new BarChart("Files ✓", List.of("博物馆"), List.of(Series.of("Σ", List.of(3))), "", Kind.BARS,
					Locale.ENGLISH))
			.build();

		try (PDDocument document = read(pdfs.write(report))) {
			assertThat(text(document)).contains("Museet ???", "Łódź, Dvořák, Ærø, «Ελληνικά», Кириллица — and ??? ? too.",
					"? in a table", "Files ?");
		}
	}

	@Test
	void aCellLinksOnlyToTheWeb() {
		assertThatThrownBy(() -> Cell.link("x", URI.create("javascript:alert(1)")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Cell.link("x", URI.create("file:///etc/passwd")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** The fonts, forms and images a page or a form refers to, forms' own looked into too. */
	private static final class Contents {

		final List<PDFont> fonts = new ArrayList<>();

		final List<PDFormXObject> forms = new ArrayList<>();

		final List<PDImageXObject> images = new ArrayList<>();

		static Contents of(PDDocument document) throws IOException {
			Contents contents = new Contents();
			for (PDPage page : document.getPages()) {
				contents.add(page.getResources());
			}
			return contents;
		}

		static Contents of(PDResources resources) throws IOException {
			Contents contents = new Contents();
			contents.add(resources);
			return contents;
		}

		private void add(PDResources resources) throws IOException {
			if (resources == null) {
				return;
			}
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
			for (COSName name : resources.getXObjectNames()) {
				PDXObject object = resources.getXObject(name);
				if (object instanceof PDFormXObject form) {
					forms.add(form);
					add(form.getResources());
				}
				else if (object instanceof PDImageXObject image) {
					images.add(image);
				}
			}
		}
	}
}
