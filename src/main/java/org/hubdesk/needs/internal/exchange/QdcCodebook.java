package org.hubdesk.needs.internal.exchange;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The codebook as a REFI-QDA codebook file ({@code .qdc}): the exchange standard that NVivo,
 * ATLAS.ti, MAXQDA and QualCoder read. The root {@code CodeBook} in the namespace
 * {@value #NAMESPACE} holds {@code Codes}, and each {@code Code} (attributes {@code guid},
 * {@code name}, {@code isCodable}, optional {@code color}) holds an optional {@code Description} and
 * then its child codes. A file has one name per code; Hubdesk has one per hub language, so a file is
 * written in one language and read back into one, and {@link #merge} puts it back by GUID.
 */
public final class QdcCodebook {

	/** The namespace of the codebook exchange format. */
	public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

	/** The most codes a file may hold. */
	static final int MAX_CODES = 5_000;

	/** The deepest a code may be nested, counting the top level as 1. */
	static final int MAX_DEPTH = 20;

	/** The longest name a code may have, in characters: the longest label a theme keeps. */
	static final int MAX_NAME = 300;

	/** A GUID as the standard's schema writes it: 8-4-4-4-12 hexadecimal digits, in braces or not. */
	private static final Pattern GUID = Pattern
		.compile("\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})}?");

	private QdcCodebook() {
	}

	/**
	 * Writes the tree as a codebook file (UTF-8), names and descriptions in {@code language}. A theme
	 * without a name or description in that language gets the one of another language (see
	 * {@link #label}), so every code has a name; {@link #merge} knows such a fallback when it comes back.
	 */
	public static void write(List<CodeNode> roots, String language, OutputStream out) {
		try {
			QdaXmlWriter xml = new QdaXmlWriter(out, NAMESPACE);
			xml.start("CodeBook").attribute("origin", QdaXmlWriter.ORIGIN);
			writeCodes(xml, roots, language);
			xml.end();
			xml.finish();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The codebook could not be written", ex);
		}
	}

	/** Writes {@code Codes} with the tree, in the writer's namespace (a project file has its own). */
	static void writeCodes(QdaXmlWriter xml, List<CodeNode> roots, String language) throws XMLStreamException {
		xml.start("Codes");
		for (CodeNode root : roots) {
			writeCode(xml, root, language);
		}
		xml.end();
	}

	private static void writeCode(QdaXmlWriter xml, CodeNode node, String language) throws XMLStreamException {
		xml.start("Code")
			.attribute("guid", guid(node.guid()))
			.attribute("name", label(node.names(), language))
			.attribute("isCodable", "true");
		String description = label(node.descriptions(), language);
		if (!description.isEmpty()) {
			xml.text("Description", description);
		}
		for (CodeNode child : node.children()) {
			writeCode(xml, child, language);
		}
		xml.end();
	}

	/**
	 * The text in {@code language}; when there is none, the English one; when there is none either, the
	 * one of the first language in alphabetical order; an empty text when there is none at all.
	 */
	public static String label(Map<String, String> texts, String language) {
		String text = texts.get(language);
		if (text == null || text.isBlank()) {
			text = texts.get("en");
		}
		if (text == null || text.isBlank()) {
			text = new TreeMap<>(texts).values().stream().filter(t -> !t.isBlank()).findFirst().orElse("");
		}
		return text;
	}

	/** A GUID as this application writes it: upper case, as the standard's examples do. */
	static String guid(UUID guid) {
		return guid.toString().toUpperCase(Locale.ROOT);
	}

	/**
	 * The tree of a codebook file, names and descriptions put under {@code language}. Whatever the
	 * file's case of GUIDs (or braces around them), they are read as the same GUIDs. A file is read
	 * whole or not at all.
	 * @throws ExchangeException {@code needs.exchange.not-a-codebook} for any other file, the keys of
	 * {@link SafeXml#parse} ({@code needs.exchange.empty}, {@code needs.exchange.too-large},
	 * {@code needs.exchange.doctype}), {@code needs.exchange.too-many-codes} and {@code needs.exchange.too-deep}
	 * (the limit), {@code needs.exchange.invalid-code} (the code's position, 1 for the first),
	 * {@code needs.exchange.name-too-long} (the name's start, the limit) and
	 * {@code needs.exchange.duplicate-guid} (the GUID)
	 */
	public static List<CodeNode> read(InputStream in, String language) {
		Document document = SafeXml.parse(in, "CodeBook", "needs.exchange.not-a-codebook");
		Element root = document.getDocumentElement();
		if (!isElement(root, "CodeBook")) {
			throw new ExchangeException("needs.exchange.not-a-codebook");
		}
		List<Element> codes = children(root, "Codes");
		if (codes.size() != 1) {
			throw new ExchangeException("needs.exchange.not-a-codebook");
		}
		Reading reading = new Reading(language);
		List<CodeNode> roots = new ArrayList<>();
		for (Element code : children(codes.get(0), "Code")) {
			roots.add(reading.code(code, 1));
		}
		return List.copyOf(roots);
	}

	/**
	 * The tree after importing a codebook read in {@code language}; see {@link CodebookMerge}.
	 */
	public static List<CodeNode> merge(List<CodeNode> existing, List<CodeNode> imported, String language) {
		return CodebookMerge.merge(existing, imported, language);
	}

	/** One file's reading: the codes seen so far, for the limits and duplicate GUIDs. */
	private static final class Reading {

		private final String language;
		private final Set<UUID> seen = new HashSet<>();

		Reading(String language) {
			this.language = language;
		}

		CodeNode code(Element element, int depth) {
			if (seen.size() >= MAX_CODES) {
				throw new ExchangeException("needs.exchange.too-many-codes", MAX_CODES);
			}
			if (depth > MAX_DEPTH) {
				throw new ExchangeException("needs.exchange.too-deep", MAX_DEPTH);
			}
			int position = seen.size() + 1;
			var guid = GUID.matcher(element.getAttribute("guid").strip());
			String name = element.getAttribute("name").strip();
			if (!guid.matches() || name.isEmpty()) {
				throw new ExchangeException("needs.exchange.invalid-code", position);
			}
			if (name.length() > MAX_NAME) {
				throw new ExchangeException("needs.exchange.name-too-long", name.substring(0, name.offsetByCodePoints(0, 40)) + "…", MAX_NAME);
			}
			UUID id = UUID.fromString(guid.group(1));
			if (!seen.add(id)) {
				throw new ExchangeException("needs.exchange.duplicate-guid", guid(id));
			}
			List<Element> descriptions = children(element, "Description");
			String description = descriptions.isEmpty() ? "" : descriptions.get(0).getTextContent();
			List<CodeNode> children = new ArrayList<>();
			for (Element child : children(element, "Code")) {
				children.add(code(child, depth + 1));
			}
			return new CodeNode(id, Map.of(language, name),
					description.isBlank() ? Map.of() : Map.of(language, description), children);
		}
	}

	private static boolean isElement(Node node, String name) {
		return node != null && node.getNodeType() == Node.ELEMENT_NODE && NAMESPACE.equals(node.getNamespaceURI())
				&& name.equals(node.getLocalName());
	}

	/** The child elements of that name in the codebook namespace, in order. */
	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (isElement(child, name)) {
				found.add((Element) child);
			}
		}
		return found;
	}
}
