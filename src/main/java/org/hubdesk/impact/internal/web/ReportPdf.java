package org.hubdesk.impact.internal.web;

import java.net.URI;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hubdesk.impact.internal.PartnerReport;
import org.hubdesk.impact.internal.RequestImpact;
import org.hubdesk.impact.internal.Snapshot;
import org.hubdesk.impact.internal.TargetKind;
import org.hubdesk.impact.internal.TopPages;
import org.hubdesk.reporting.BarChart;
import org.hubdesk.reporting.PdfBlock.Cell;
import org.hubdesk.reporting.PdfBlock.KeyFigure;
import org.hubdesk.reporting.PdfReport;
import org.hubdesk.reporting.Pdfs;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The partner report as a PDF, in the report's language, with the same content as its page. */
@Component
class ReportPdf {

	private final Pdfs pdfs;
	private final MessageSource messages;

	ReportPdf(Pdfs pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	byte[] of(PartnerReport report) {
		Locale locale = report.locale();
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		PdfReport.Builder pdf = PdfReport
			.builder(text(locale, "impact.report.title", report.subject()), locale)
			.subtitle(text(locale, "impact.report.subtitle", report.hub().getName(), report.reference(),
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
						.format(report.madeAt().atZone(ZoneOffset.UTC))))
			.author(report.hub().getName())
			.subject(report.title());
		pdf.paragraph(text(locale, "impact.report.lead", report.subject()));
		RequestImpact impact = report.impact();
		if (impact.now() != null) {
			var now = impact.now();
			pdf.keyFigures(List.of(new KeyFigure(text(locale, "impact.figure.files"), numbers.format(now.files())),
					new KeyFigure(text(locale, "impact.figure.filesInUse"), numbers.format(now.filesInUse())),
					new KeyFigure(text(locale, "impact.figure.distinctPages"), numbers.format(now.pages())),
					new KeyFigure(text(locale, "impact.figure.distinctWikis"), numbers.format(now.wikis()))));
		}
		if (report.outcome() != null && !report.outcome().isBlank()) {
			pdf.heading(text(locale, "impact.report.outcome"));
			for (String paragraph : report.outcome().split("\\R\\s*\\R")) {
				if (!paragraph.isBlank()) {
					pdf.paragraph(paragraph.strip());
				}
			}
		}
		pdf.heading(text(locale, "impact.report.targets"));
		pdf.table(List.of(text(locale, "impact.report.target"), text(locale, "impact.figure.files"),
				text(locale, "impact.figure.filesInUse"), text(locale, "impact.figure.distinctPages"),
				text(locale, "impact.figure.distinctWikis")), targetRows(impact, locale, numbers));
		if (!report.requestChart().isEmpty()) {
			pdf.chart(report.requestChart());
		}
		for (BarChart chart : report.targetCharts()) {
			pdf.chart(chart);
		}
		if (!impact.topPages().isEmpty()) {
			pdf.heading(text(locale, "impact.report.topPages"));
			List<List<Cell>> rows = new ArrayList<>();
			for (TopPages.Page page : impact.topPages()) {
				rows.add(List.of(link(page), Cell.of(page.wiki()), Cell.number(numbers.format(page.files())),
						Cell.number(page.views() == null ? "–" : numbers.format(page.views()))));
			}
			pdf.table(List.of(text(locale, "impact.report.page"), text(locale, "impact.report.wiki"),
					text(locale, "impact.figure.files"), text(locale, "impact.report.views")), rows);
		}
		pdf.paragraph(text(locale, "impact.report.method"));
		return pdfs.write(pdf.build());
	}

	private List<List<Cell>> targetRows(RequestImpact impact, Locale locale, NumberFormat numbers) {
		List<List<Cell>> rows = new ArrayList<>();
		for (RequestImpact.Target t : impact.targets()) {
			Snapshot s = t.latest();
			String name = t.target().getTitle();
			if (s == null) {
				rows.add(List.of(Cell.of(name), Cell.number("–"), Cell.number("–"), Cell.number("–"), Cell.number("–")));
			}
			else if (t.target().getKind() == TargetKind.WIKIDATA_ITEMS) {
				rows.add(List.of(Cell.of(text(locale, "impact.report.items", name)),
						Cell.number(numbers.format(nz(s.getItemsFound()))),
						Cell.number(text(locale, "impact.report.withImage", numbers.format(nz(s.getItemsWithImage())))),
						Cell.number(text(locale, "impact.report.sitelinks", numbers.format(nz(s.getSitelinks())))),
						Cell.number("–")));
			}
			else {
				rows.add(List.of(Cell.of(name), Cell.number(numbers.format(s.getFiles())),
						Cell.number(numbers.format(s.getFilesInUse())), Cell.number(numbers.format(s.getDistinctPages())),
						Cell.number(numbers.format(s.getDistinctWikis()))));
			}
		}
		return rows;
	}

	private static Cell link(TopPages.Page page) {
		try {
			URI uri = page.url() == null ? null : URI.create(page.url());
			return uri != null && uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
					? Cell.link(page.title(), uri) : Cell.of(page.title());
		}
		catch (IllegalArgumentException ex) {
			return Cell.of(page.title());
		}
	}

	private static int nz(Integer value) {
		return value == null ? 0 : value;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
