package org.hubdesk.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hubdesk.reporting.BarChart.Kind;
import org.hubdesk.reporting.BarChart.Series;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.convert.support.DefaultConversionService;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The fragment {@code reporting/chart :: chart(chart)} as a page shows it, rendered by Thymeleaf. */
class ChartFragmentTests {

	private final ResourceBundleMessageSource messages = ChartsTests.messages();

	private final GenericApplicationContext beans = new GenericApplicationContext();

	private final SpringTemplateEngine engine = engine();

	private SpringTemplateEngine engine() {
		beans.registerBean("charts", Charts.class, () -> new Charts(messages));
		beans.refresh();
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages);
		engine.setEnableSpringELCompiler(true);
		return engine;
	}

	@AfterEach
	void close() {
		beans.close();
	}

	private Document render(BarChart chart) {
		Context context = new Context(chart.locale());
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(beans, new DefaultConversionService()));
		context.setVariable("chart", chart);
		String html = engine.process("reporting/chart", Set.of("chart"), context);
		return Jsoup.parseBodyFragment(html);
	}

	private static BarChart usefulness(Locale locale, String... categories) {
		return new BarChart("Usefulness by region", List.of(categories),
				List.of(Series.of("Wikipedia", List.of(1234.5, 2.0).subList(0, categories.length)),
						Series.of("Commons", List.of(3.0, 4.25).subList(0, categories.length))),
				"Articles", Kind.BARS, locale);
	}

	@Test
	void aFigureWithItsCaptionItsDrawingAndItsNumbersAsATable() {
		Document page = render(usefulness(Locale.ENGLISH, "South Asia", "East, Southeast Asia and the Pacific"));

		Element figure = page.selectFirst("figure.chart");
		assertThat(figure).isNotNull();
		assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Usefulness by region");
		Element svg = figure.selectFirst(".chart__drawing > svg");
		assertThat(svg).isNotNull();
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("width")).isEqualTo("100%");
		assertThat(figure.select("svg text").eachText()).contains("East, Southeast Asia and the Pacific", "1,234.5");

		Element details = figure.selectFirst("details.chart__numbers");
		assertThat(details.selectFirst("summary").text()).isEqualTo("Show the numbers");
		Element table = details.selectFirst("table");
		assertThat(table.selectFirst("caption").text()).isEqualTo("Usefulness by region");
		assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Wikipedia", "Commons");
		assertThat(table.select("tbody th[scope=row]").eachText())
			.containsExactly("South Asia", "East, Southeast Asia and the Pacific");
		assertThat(table.select("tbody tr").get(0).select("td").eachText()).containsExactly("1,234.5", "3");
		assertThat(table.select("tbody tr").get(1).select("td").eachText()).containsExactly("2", "4.25");
	}

	@Test
	void inSwedishTheTextAndTheNumbersAreSwedish() {
		Document page = render(usefulness(Locale.forLanguageTag("sv"), "Sydasien", "Östasien"));

		assertThat(page.selectFirst("summary").text()).isEqualTo("Visa siffrorna");
		assertThat(wholeTexts(page.select("tbody tr").get(0).select("td"))).containsExactly("1\u00a0234,5", "3");
		assertThat(wholeTexts(page.select("svg text"))).contains("1\u00a0234,5", "4,25");
	}

	/** The texts as written, non-breaking spaces and all ({@code text()} makes them plain spaces). */
	private static List<String> wholeTexts(Elements elements) {
		return elements.stream().map(Element::wholeText).toList();
	}

	@Test
	void labelsThatLookLikeMarkupStayTextInThePage() {
		Document page = render(usefulness(Locale.ENGLISH, ChartsTests.INJECTED, "<b>bold</b>"));

		assertThat(page.select("script, b")).isEmpty();
		assertThat(page.select("svg text").eachText()).contains(ChartsTests.INJECTED);
		assertThat(page.select("tbody th").eachText()).containsExactly(ChartsTests.INJECTED, "<b>bold</b>");
	}

	@Test
	void anEmptyChartShowsItsNoticeAndNoTable() {
		Document page = render(new BarChart("Requests by region", List.of(), List.of(Series.of("Requests", List.of())),
				"Requests", Kind.BARS, Locale.ENGLISH));

		assertThat(page.select("figure svg text").eachText()).containsExactly("There are no numbers to show yet.");
		assertThat(page.select("details, table")).isEmpty();
	}
}
