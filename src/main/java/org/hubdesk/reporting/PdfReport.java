package org.hubdesk.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.hubdesk.reporting.PdfBlock.Cell;
import org.hubdesk.reporting.PdfBlock.KeyFigure;

/**
 * A document to be written as PDF by {@link Pdfs}: its title and a subtitle line at the top of the first
 * page, then its blocks in order. The title, the author, the subject and the language are also the
 * document's metadata (a reader shows the title in its window; a screen reader reads the text in the
 * language). Texts arrive translated.
 *
 * @param title the document's title
 * @param subtitle a line under the title (the partner, the period); may be blank
 * @param author who the document is from (the affiliate, the hub); may be blank
 * @param subject what the document is about, for its metadata; may be blank
 * @param language the language the document is written in
 * @param blocks what it says, top to bottom
 */
public record PdfReport(String title, String subtitle, String author, String subject, Locale language,
		List<PdfBlock> blocks) {

	public PdfReport {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a document needs a title");
		}
		subtitle = subtitle == null ? "" : subtitle;
		author = author == null ? "" : author;
		subject = subject == null ? "" : subject;
		Objects.requireNonNull(language, "language");
		blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
	}

	/** A document to build block by block. */
	public static Builder builder(String title, Locale language) {
		return new Builder(title, language);
	}

	/** Builds a {@link PdfReport}: metadata first or last, blocks in the order they are drawn. */
	public static final class Builder {

		private final String title;

		private final Locale language;

		private String subtitle = "";

		private String author = "";

		private String subject = "";

		private final List<PdfBlock> blocks = new ArrayList<>();

		private Builder(String title, Locale language) {
			this.title = title;
			this.language = language;
		}

		/** The line under the title. */
		public Builder subtitle(String subtitle) {
			this.subtitle = subtitle;
			return this;
		}

		/** Who the document is from. */
		public Builder author(String author) {
			this.author = author;
			return this;
		}

		/** What the document is about, for its metadata. */
		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		public Builder heading(String text) {
			return add(new PdfBlock.Heading(text));
		}

		public Builder paragraph(String text) {
			return add(new PdfBlock.Paragraph(text));
		}

		/** Key figures, each a label and its value: {@code keyFigures(List.of(new KeyFigure("Files", "1 204")))}. */
		public Builder keyFigures(List<KeyFigure> figures) {
			return add(new PdfBlock.KeyFigures(figures));
		}

		public Builder table(List<String> header, List<List<Cell>> rows) {
			return add(new PdfBlock.Table(header, rows));
		}

		public Builder chart(BarChart chart) {
			return add(new PdfBlock.Chart(chart));
		}

		/** Any block. */
		public Builder add(PdfBlock block) {
			blocks.add(Objects.requireNonNull(block, "block"));
			return this;
		}

		public PdfReport build() {
			return new PdfReport(title, subtitle, author, subject, language, blocks);
		}
	}
}
