package org.hubdesk.needs.internal.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an uploaded XML file without trusting it: at most {@link #MAX_BYTES}, with the JDK's own
 * parser (never one a library brings along), and no document type at all, so neither external
 * entities nor entity expansion can reach a file, the network or the memory. Exchange files never
 * declare one.
 */
final class SafeXml {

	/** The largest file read, in bytes: 5 MB, far more than any codebook needs. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	/** A document type declaration and the root it names (HTML writes it in any case). */
	private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\s+([^\\s\\[>]*)", Pattern.CASE_INSENSITIVE);

	private SafeXml() {
	}

	/**
	 * The parsed document, namespace aware.
	 * @param root the root element's name the file should have, e.g. {@code CodeBook}
	 * @param notThisKind the message key of a file that is not that kind of file, e.g. any HTML or any
	 * file that is not well-formed XML
	 * @throws ExchangeException {@code needs.exchange.empty}, {@code needs.exchange.too-large} (the
	 * limit in MB), {@code needs.exchange.doctype} for a file of that root that declares a document type
	 * (seen in its bytes before parsing; the parser refuses one in any other encoding as not this kind)
	 * or {@code notThisKind}
	 */
	static Document parse(InputStream in, String root, String notThisKind) {
		byte[] bytes = readAtMost(in, MAX_BYTES);
		String start = new String(bytes, StandardCharsets.ISO_8859_1);
		if (start.replace("\u00ef\u00bb\u00bf", "").isBlank()) {
			throw new ExchangeException("needs.exchange.empty");
		}
		Matcher doctype = DOCTYPE.matcher(start);
		if (doctype.find()) {
			throw new ExchangeException(root.equals(doctype.group(1)) ? "needs.exchange.doctype" : notThisKind);
		}
		try {
			return builder().parse(new ByteArrayInputStream(bytes));
		}
		catch (SAXException ex) {
			throw new ExchangeException(notThisKind);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** All of the stream when it holds at most {@code max} bytes. */
	static byte[] readAtMost(InputStream in, int max) {
		try {
			byte[] bytes = in.readNBytes(max + 1);
			if (bytes.length > max) {
				throw new ExchangeException("needs.exchange.too-large", max / (1024 * 1024));
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DocumentBuilder builder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(SILENT);
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser cannot be made safe", ex);
		}
	}

	/** Fails on every error instead of printing it to the console. */
	private static final ErrorHandler SILENT = new ErrorHandler() {
		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) throws SAXException {
			throw ex;
		}

		@Override
		public void fatalError(SAXParseException ex) throws SAXException {
			throw ex;
		}
	};
}
