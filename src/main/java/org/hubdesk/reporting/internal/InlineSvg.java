package org.hubdesk.reporting.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Makes a drawing JFreeSVG wrote fit to be placed in a page as it is.
 * <ul>
 * <li>It scales with its container ({@code width="100%"}, no height: the {@code viewBox} gives the
 * proportions).</li>
 * <li>It is an image with a name: {@code role="img"}, a {@code <title>} and {@code aria-labelledby}.</li>
 * <li>It has no {@code style} attributes: the site's Content-Security-Policy ({@code style-src 'self'},
 * no {@code 'unsafe-inline'}) makes browsers ignore them, and JFreeSVG writes every colour and size in
 * one. Each declaration becomes the presentation attribute of the same name, which the policy does not
 * govern; the font family is left out, so the text takes the page's font.</li>
 * <li>It holds only the shapes a chart is drawn with: no script, no event handler, no link, nothing
 * outside itself. Text was escaped by JFreeSVG and is written again from a parsed document, so a
 * label is text and nothing else.</li>
 * </ul>
 */
final class InlineSvg {

	private static final String SVG = "http://www.w3.org/2000/svg";

	private static final Set<String> ELEMENTS = Set.of("svg", "title", "defs", "clipPath", "g", "path", "rect", "line",
			"polyline", "polygon", "circle", "ellipse", "text");

	/** The properties JFreeSVG writes that SVG also takes as presentation attributes. */
	private static final Set<String> PRESENTATION = Set.of("fill", "fill-opacity", "fill-rule", "stroke",
			"stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
			"stroke-dasharray", "stroke-dashoffset", "shape-rendering", "text-rendering", "opacity", "font-size",
			"font-weight", "font-style");

	private InlineSvg() {
	}

	/**
	 * The drawing, ready to be placed inline.
	 *
	 * @param svg an {@code <svg>} element as JFreeSVG writes it
	 * @param id the element's id; its title's id is this with {@code -title}
	 * @param title the drawing's accessible name
	 */
	static String finish(String svg, String id, String title) {
		Document document = parse(svg);
		Element root = document.getDocumentElement();
		root.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "jfreesvg");
		root.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xlink");
		root.setAttribute("id", id);
		root.setAttribute("width", "100%");
		root.setAttribute("role", "img");
		root.setAttribute("aria-labelledby", id + "-title");
		Element name = document.createElementNS(SVG, "title");
		name.setAttribute("id", id + "-title");
		name.setTextContent(title);
		root.insertBefore(name, root.getFirstChild());
		clean(root);
		return write(document);
	}

	private static void clean(Element element) {
		if (!SVG.equals(element.getNamespaceURI()) || !ELEMENTS.contains(element.getLocalName())) {
			throw new IllegalStateException("a chart has no <" + element.getTagName() + ">");
		}
		String style = element.getAttribute("style");
		element.removeAttribute("style");
		for (String declaration : style.split(";")) {
			if (!declaration.isBlank()) {
				present(element, declaration);
			}
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			check((Attr) attributes.item(i));
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child) {
				clean(child);
			}
		}
	}

	private static void present(Element element, String declaration) {
		int colon = declaration.indexOf(':');
		String property = declaration.substring(0, Math.max(colon, 0)).strip().toLowerCase(Locale.ROOT);
		String value = declaration.substring(colon + 1).strip();
		if (property.equals("font-family")) {
			return;
		}
		if (!PRESENTATION.contains(property)) {
			throw new IllegalStateException("no presentation attribute for the style '" + declaration.strip() + "'");
		}
		if (property.equals("font-size") && value.endsWith("px")) {
			value = value.substring(0, value.length() - 2);
		}
		element.setAttribute(property, value);
	}

	private static void check(Attr attribute) {
		String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
		String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
		if (name.toLowerCase(Locale.ROOT).startsWith("on") || name.equals("href")
				|| (value.contains("url(") && !value.startsWith("url(#"))) {
			throw new IllegalStateException("a chart refers to nothing outside itself: " + attribute);
		}
	}

	private static Document parse(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalStateException("JFreeSVG wrote a drawing that is not XML", ex);
		}
	}

	private static String write(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			transformer.setOutputProperty(OutputKeys.METHOD, "xml");
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "no");
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toString();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("the drawing could not be written", ex);
		}
	}
}
