package org.hubdesk.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.hubdesk.reporting.BarChart.Kind;
import org.hubdesk.reporting.BarChart.Series;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What a page gets from {@link Charts#svg}: a drawing it can place as it is, readable and safe. */
class ChartsTests {

	static final Locale SV = Locale.forLanguageTag("sv");

	static final List<String> REGIONS = List.of("Middle East and North Africa", "Sub-Saharan Africa", "South Asia",
			"East, Southeast Asia and the Pacific", "Central and Eastern Europe and Central Asia",
			"Latin America and the Caribbean", "United States and Canada", "Northern and Western Europe");

	static final String INJECTED = "</text><script>alert(1)</script>";

	final Charts charts = new Charts(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/reporting/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static BarChart regions(int count, Locale locale) {
		List<Integer> numbers = IntStream.range(0, count).map(i -> 3 + 5 * i).boxed().toList();
		return new BarChart("Requests by region", REGIONS.subList(0, count), List.of(Series.of("Requests", numbers)),
				"Requests", Kind.BARS, locale);
	}

	SvgDrawing draw(BarChart chart) {
		return SvgDrawing.parse(charts.svg(chart));
	}

	@Test
	void theDrawingScalesWithItsContainer() {
		SvgDrawing svg = draw(regions(4, Locale.ENGLISH));

		Element root = svg.root();
		assertThat(root.getNamespaceURI()).isEqualTo(SvgDrawing.SVG);
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getAttribute("width")).isEqualTo("100%");
		assertThat(root.hasAttribute("height")).as("no fixed height").isFalse();
		assertThat(root.getAttribute("preserveAspectRatio")).isEqualTo("xMinYMin meet");
		assertThat(svg.viewBox()[0]).isEqualTo(480);
		assertThat(svg.height()).isGreaterThan(100);
	}

	@Test
	void itIsAnImageNamedByTheChartsTitle() {
		SvgDrawing svg = draw(regions(3, Locale.ENGLISH));

		Element root = svg.root();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		Element title = svg.elements("title").get(0);
		assertThat(root.getFirstChild()).as("the title comes first").isSameAs(title);
		assertThat(title.getTextContent()).isEqualTo("Requests by region");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id")).isNotBlank();
	}

	@Test
	void everyLabelAndSeriesNameIsWrittenAsText() {
		BarChart chart = new BarChart("Usefulness", REGIONS.subList(0, 3),
				List.of(Series.of("Wikipedia", List.of(1, 2, 3)), Series.of("Wikimedia Commons", List.of(2, 1, 4))),
				"Articles", Kind.BARS, Locale.ENGLISH);

		List<String> texts = draw(chart).texts();

		assertThat(texts).containsAll(REGIONS.subList(0, 3)).contains("Wikipedia", "Wikimedia Commons", "Articles");
	}

	@Test
	void labelsThatLookLikeMarkupStayText() {
		BarChart chart = new BarChart(INJECTED, List.of(INJECTED, "Europe & <b>friends</b>"),
				List.of(Series.of("<img src=x onerror=alert(2)>", List.of(1, 2)), Series.of("Other", List.of(2, 1))),
				"\"quoted\" 'axis'", Kind.BARS, Locale.ENGLISH);

		String written = charts.svg(chart);
		SvgDrawing svg = SvgDrawing.parse(written);

		assertThat(written).doesNotContain("<script", "<b>", "<img").contains("&lt;/text&gt;&lt;script&gt;");
		assertThat(svg.elements()).extracting(Element::getLocalName).doesNotContain("script", "b", "img");
		assertThat(svg.texts()).contains(INJECTED, "Europe & <b>friends</b>", "<img src=x onerror=alert(2)>",
				"\"quoted\" 'axis'");
		assertThat(svg.elements("title").get(0).getTextContent()).isEqualTo(INJECTED);
	}

	@Test
	void numbersAreWrittenInTheChartsLocale() {
		Map<String, Double> numbers = new java.util.LinkedHashMap<>();
		numbers.put("Europe", 1234.5);
		numbers.put("Asia", 2500.0);
		numbers.put("Africa", -20.25);

		List<String> english = draw(BarChart.of("Hours", "Hours", "Hours", numbers, Locale.ENGLISH)).texts();
		List<String> swedish = draw(BarChart.of("Timmar", "Timmar", "Timmar", numbers, SV)).texts();

		assertThat(english).contains("1,234.5", "2,500", "-20.25").anyMatch(t -> t.matches("\\d,\\d00"));
		assertThat(swedish).as("comma decimals, non-breaking space groups, a true minus sign")
			.contains("1\u00a0234,5", "2\u00a0500", "\u221220,25")
			.anyMatch(t -> t.matches("\\d\u00a0\\d00"))
			.noneMatch(t -> t.contains(".") || t.matches(".*\\d,\\d{3}.*"));
	}

	@Test
	void theDrawingGrowsARowForEveryCategory() {
		double two = draw(regions(2, Locale.ENGLISH)).height();
		double four = draw(regions(4, Locale.ENGLISH)).height();
		double eight = draw(regions(8, Locale.ENGLISH)).height();

		assertThat(two).isLessThan(four);
		assertThat(four).isLessThan(eight);
		assertThat(eight - four).as("every row the same height").isCloseTo(2 * (four - two), within(2.0));
	}

	@Test
	void textIsElevenPixelsOrMoreWhenThePhoneShowsTheDrawing360PixelsWide() {
		SvgDrawing svg = draw(new BarChart("Usefulness", REGIONS,
				List.of(Series.of("Wikipedia", List.of(1, 2, 3, 4, 5, 6, 7, 8)),
						Series.of("Commons", List.of(8, 7, 6, 5, 4, 3, 2, 1))),
				"Articles", Kind.BARS, Locale.ENGLISH));

		List<Double> sizes = svg.elements("text").stream()
			.map(t -> Double.parseDouble(t.getAttribute("font-size")))
			.toList();
		double smallest = sizes.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		double width = svg.viewBox()[0];

		assertThat(sizes).hasSize(svg.texts().size());
		assertThat(smallest * 360 / width).as("px at 360 px wide").isGreaterThanOrEqualTo(11);
		assertThat(smallest * 328 / width).as("px at 328 px: a 360 px screen less the page's 1rem margins")
			.isGreaterThanOrEqualTo(11);
	}

	@Test
	void eachCategorysLabelSitsJustAboveItsBar() {
		SvgDrawing svg = draw(regions(5, Locale.ENGLISH));
		List<Element> bars = svg.rects("rgb(51,102,204)");

		assertThat(bars).hasSize(5);
		for (int i = 0; i < 5; i++) {
			String region = REGIONS.get(i);
			double baseline = SvgDrawing.number(svg.texts(region::equals).get(0), "y");
			double barTop = SvgDrawing.number(bars.get(i), "y");
			assertThat(baseline).as(region + " above its bar").isLessThan(barTop).isGreaterThan(barTop - 17);
			if (i > 0) {
				Element previous = bars.get(i - 1);
				double previousBottom = SvgDrawing.number(previous, "y") + SvgDrawing.number(previous, "height");
				assertThat(baseline - 17).as(region + " below the bar before").isGreaterThan(previousBottom);
			}
		}
	}

	@Test
	void aLongLabelTakesSeveralLinesAndStaysInsideTheDrawing() {
		String affiliate = "Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e. V.";
		SvgDrawing svg = draw(new BarChart("Requests by affiliate", List.of(affiliate, "Wikimedia Sverige"),
				List.of(Series.of("Requests", List.of(4, 9))), "Requests", Kind.BARS, Locale.ENGLISH));

		List<String> lines = svg.texts().stream().filter(affiliate::contains).toList();

		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(String.join(" ", lines)).isEqualTo(affiliate);
	}

	@Test
	void noStyleAttributeForTheContentSecurityPolicyToBlock() {
		SvgDrawing svg = draw(new BarChart("Usefulness", REGIONS.subList(0, 3),
				List.of(Series.of("Wikipedia", List.of(1, 2, 3)), Series.of("Commons", List.of(2, 1, 4))), "Articles",
				Kind.STACKED_BARS, Locale.ENGLISH));

		assertThat(svg.elements()).noneMatch(e -> e.hasAttribute("style"));
		assertThat(svg.elements("style")).isEmpty();
		assertThat(svg.elements("text")).allMatch(t -> t.hasAttribute("fill") && t.hasAttribute("font-size"))
			.noneMatch(t -> t.hasAttribute("font-family"));
		assertThat(svg.rects("rgb(51,102,204)")).as("the first series' bars").hasSize(3);
		assertThat(svg.rects("rgb(135,137,140)")).as("the second series' bars").hasSize(3);
		assertThat(svg.elements("g")).as("the legend's keys").filteredOn(g -> g.hasAttribute("fill"))
			.extracting(g -> g.getAttribute("fill"))
			.containsExactly("rgb(51,102,204)", "rgb(135,137,140)");
	}

	@Test
	void nothingRunsAndNothingIsFetched() {
		SvgDrawing svg = draw(regions(3, Locale.ENGLISH));

		assertThat(svg.elements()).extracting(Element::getLocalName)
			.doesNotContain("script", "style", "foreignObject", "image", "use", "a");
		for (Element element : svg.elements()) {
			NamedNodeMap attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				Attr attribute = (Attr) attributes.item(i);
				assertThat(attribute.getName()).doesNotStartWithIgnoringCase("on").doesNotContain("href");
				if (attribute.getValue().contains("url(")) {
					assertThat(attribute.getValue()).startsWith("url(#");
				}
			}
		}
	}

	@Test
	void barsAreFlatColoursWithoutGradientsShadowsOrBorder() {
		SvgDrawing svg = draw(regions(3, Locale.ENGLISH));

		assertThat(svg.elements()).extracting(Element::getLocalName)
			.doesNotContain("linearGradient", "radialGradient", "filter");
		assertThat(svg.rects("rgb(51,102,204)")).hasSize(3);
		assertThat(svg.elements("rect")).allMatch(r -> r.getAttribute("fill").equals("rgb(51,102,204)"))
			.noneMatch(r -> r.hasAttribute("stroke"));
	}

	@Test
	void twoDrawingsOnOnePageHaveTheirOwnIds() {
		SvgDrawing first = draw(regions(2, Locale.ENGLISH));
		SvgDrawing second = draw(regions(2, Locale.ENGLISH));

		List<String> firstIds = first.elements().stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty())
			.toList();
		List<String> secondIds = second.elements().stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty())
			.toList();

		assertThat(firstIds).isNotEmpty().doesNotHaveDuplicates().doesNotContainAnyElementsOf(secondIds);
	}

	@Test
	void oneCategoryOfNothingYetIsDrawnAsZero() {
		SvgDrawing svg = draw(new BarChart("Requests", List.of("Wikimedia Sverige"),
				List.of(Series.of("Requests", List.of(0))), "", Kind.BARS, Locale.ENGLISH));

		assertThat(svg.texts()).contains("Wikimedia Sverige", "0");
	}

	@Test
	void aSixthSeriesTakesTheFirstColourAgain() {
		List<Series> six = IntStream.rangeClosed(1, 6).mapToObj(i -> Series.of("Series " + i, List.of(i, i))).toList();
		SvgDrawing svg = draw(new BarChart("Six", List.of("One", "Two"), six, "", Kind.BARS, Locale.ENGLISH));

		assertThat(svg.texts()).contains("Series 1", "Series 6");
		assertThat(svg.rects("rgb(51,102,204)")).as("series 1 and 6, in both categories").hasSize(4);
	}

	@Test
	void aChartWithNoCategoriesIsANoticeInItsLanguage() {
		BarChart english = new BarChart("Requests by region", List.of(), List.of(Series.of("Requests", List.of())),
				"Requests", Kind.BARS, Locale.ENGLISH);
		BarChart swedish = new BarChart("Ärenden per region", List.of(), List.of(Series.of("Ärenden", List.of())),
				"Ärenden", Kind.BARS, SV);

		SvgDrawing inEnglish = draw(english);
		SvgDrawing inSwedish = draw(swedish);

		assertThat(english.isEmpty()).isTrue();
		assertThat(inEnglish.texts()).containsExactly("There are no numbers to show yet.");
		assertThat(inSwedish.texts()).containsExactly("Det finns inga siffror att visa än.");
		assertThat(inEnglish.root().getAttribute("role")).isEqualTo("img");
		assertThat(inEnglish.root().getAttribute("width")).isEqualTo("100%");
		assertThat(inEnglish.elements("title").get(0).getTextContent()).isEqualTo("Requests by region");
		assertThat(inEnglish.elements("rect")).isEmpty();
	}
}
