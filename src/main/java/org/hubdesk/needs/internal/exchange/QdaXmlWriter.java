package org.hubdesk.needs.internal.exchange;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an exchange file's XML in one namespace, indented one tab a level so a person can read it,
 * with the JDK's own writer (which escapes every text and attribute). Text goes only into elements
 * that hold nothing else, so indentation never changes a description.
 */
final class QdaXmlWriter {

	/** What the files say made them. */
	static final String ORIGIN = "Hubdesk";

	private final XMLStreamWriter xml;
	private final String namespace;
	/** Per open element: whether it has child elements yet. */
	private final Deque<boolean[]> open = new ArrayDeque<>();

	/** A writer of a UTF-8 document; the stream stays open when the document is finished. */
	QdaXmlWriter(OutputStream out, String namespace) throws XMLStreamException {
		this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
		this.namespace = namespace;
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
	}

	/** Opens an element; the first one declares the namespace. */
	QdaXmlWriter start(String name) throws XMLStreamException {
		indent(open.size());
		if (!open.isEmpty()) {
			open.peek()[0] = true;
		}
		xml.writeStartElement("", name, namespace);
		if (open.isEmpty()) {
			xml.writeDefaultNamespace(namespace);
		}
		open.push(new boolean[] {false});
		return this;
	}

	QdaXmlWriter attribute(String name, String value) throws XMLStreamException {
		xml.writeAttribute(name, value);
		return this;
	}

	/** An element that holds only this text, written as it is. */
	QdaXmlWriter text(String name, String text) throws XMLStreamException {
		start(name);
		xml.writeCharacters(text);
		open.pop();
		xml.writeEndElement();
		return this;
	}

	/** Closes the innermost open element. */
	QdaXmlWriter end() throws XMLStreamException {
		boolean hasChildren = open.pop()[0];
		if (hasChildren) {
			indent(open.size());
		}
		xml.writeEndElement();
		return this;
	}

	/** Ends the document and flushes it, leaving the stream open. */
	void finish() throws XMLStreamException {
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private void indent(int depth) throws XMLStreamException {
		xml.writeCharacters("\n" + "\t".repeat(depth));
	}
}
