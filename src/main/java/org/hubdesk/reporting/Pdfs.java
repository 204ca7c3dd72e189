package org.hubdesk.reporting;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

import org.hubdesk.reporting.internal.PdfWriting;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes {@link PdfReport documents} as PDF: A4 pages with the title and subtitle at the top of the
 * first, the blocks in turn (text wrapped and tables continued over pages, a chart moved whole to the
 * next page when it does not fit), "n / N" at the foot of every page, the fonts embedded, and the
 * title, author, subject and language in the metadata. Charts are the same drawings as the pages', as
 * vectors.
 */
@Service
public class Pdfs {

	private final MessageSource messages;

	public Pdfs(MessageSource messages) {
		this.messages = messages;
	}

	/** The document as a PDF file's bytes. */
	public byte[] write(PdfReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(report, out);
		return out.toByteArray();
	}

	/** Writes the document as PDF to a stream, which is left open. */
	public void write(PdfReport report, OutputStream out) {
		PdfWriting.write(report,
				locale -> messages.getMessage("reporting.chart.noNumbers", null, locale), out);
	}
}
