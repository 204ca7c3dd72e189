package org.hubdesk.reporting;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A drawing read back as XML, for tests to look into: it must parse, or the test fails here. */
final class SvgDrawing {

	static final String SVG = "http://www.w3.org/2000/svg";

	private final Document document;

	private SvgDrawing(Document document) {
		this.document = document;
	}

	static SvgDrawing parse(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return new SvgDrawing(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
		}
		catch (Exception ex) {
			throw new AssertionError("the drawing is not XML: " + ex.getMessage() + "\n" + svg, ex);
		}
	}

	Element root() {
		return document.getDocumentElement();
	}

	/** The viewBox's width and height. */
	double[] viewBox() {
		String[] box = root().getAttribute("viewBox").trim().split("[\\s,]+");
		return new double[] { Double.parseDouble(box[2]), Double.parseDouble(box[3]) };
	}

	double height() {
		return viewBox()[1];
	}

	/** Every element, in document order, the root first. */
	List<Element> elements() {
		NodeList all = document.getElementsByTagNameNS("*", "*");
		List<Element> elements = new ArrayList<>(all.getLength());
		for (int i = 0; i < all.getLength(); i++) {
			elements.add((Element) all.item(i));
		}
		return elements;
	}

	List<Element> elements(String localName) {
		return elements().stream().filter(e -> e.getLocalName().equals(localName)).toList();
	}

	/** The text of every {@code <text>}, in document order. */
	List<String> texts() {
		return elements("text").stream().map(Element::getTextContent).toList();
	}

	List<Element> texts(Predicate<String> content) {
		return elements("text").stream().filter(e -> content.test(e.getTextContent())).toList();
	}

	/** The rectangles of a fill, top to bottom (bars of one series, legend keys). */
	List<Element> rects(String fill) {
		return elements("rect").stream()
			.filter(r -> r.getAttribute("fill").equals(fill))
			.sorted((a, b) -> Double.compare(number(a, "y"), number(b, "y")))
			.toList();
	}

	static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}
}
