package org.hubdesk.impact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubdesk.ImpactStubs;
import org.hubdesk.PlatformStub;
import org.hubdesk.SignedIn;
import org.hubdesk.notification.Notifications;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.wikimedia.MonthSpan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The readings behind the figures: a list of Wikidata items counts the items found, those with an
 * image (an image statement of "no value" is none) and their sitelinks; the top pages carry their views over the last twelve complete months,
 * each month asked of the page-views API once; two refreshes of one target asked at once read it once;
 * the person who added a target hears when its first figures are in; the PDF report holds the
 * figures in the language chosen, with its fonts embedded.
 */
class ImpactReadingTests extends ImpactTestSupport {

	@Autowired
	Clock clock;

	@Autowired
	Notifications notifications;

	@Test
	void aListOfWikidataItemsCountsTheItemsFoundThoseWithAnImageAndTheirSitelinks() throws Exception {
		PlatformStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.get(urlPathEqualTo("/wikidata" + PlatformStub.API))
			.withQueryParam("action", equalTo("wbgetentities"))
			.withQueryParam("ids", equalTo("Q1140826|Q1198480|Q999999999"))
			.willReturn(json(fixture("/wikimedia/wikidata/entities-museums.json"))));
		HelpRequest request = f.accepted("Museums on Wikidata");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "WIKIDATA_ITEMS");
		body.put("title", "The museums");
		body.put("items", List.of("Q1140826", "https://www.wikidata.org/wiki/Q1198480", "q999999999", "Q1140826"));
		send(post(f.api(request.getNumber()) + "/targets"), f.staff, body).andExpect(status().isCreated());

		String impact = settled(request.getNumber());
		assertThat(JsonPath.<List<String>>read(impact, "$.targets[0].items"))
			.containsExactly("Q1140826", "Q1198480", "Q999999999");
		assertThat(JsonPath.<Integer>read(impact, "$.targets[0].latest.itemsFound")).isEqualTo(2);
		// the second museum's image statement says it has none ("novalue")
		assertThat(JsonPath.<Integer>read(impact, "$.targets[0].latest.itemsWithImage")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(impact, "$.targets[0].latest.sitelinks")).isEqualTo(6);
		assertThat(JsonPath.<Object>read(impact, "$.targets[0].latest.files")).isNull();
	}

	@Test
	void theTopPagesCarryTheirViewsOfTheLastTwelveCompleteMonthsAskedOnce() throws Exception {
		MonthSpan span = MonthSpan.lastTwelveComplete(clock);
		StringBuilder items = new StringBuilder();
		for (YearMonth m = span.from(); !m.isAfter(span.to()); m = m.plusMonths(1)) {
			items.append(items.isEmpty() ? "" : ",").append("{\"project\":\"en.wikipedia\",\"article\":\"History_of_Gotland\",")
				.append("\"granularity\":\"monthly\",\"timestamp\":\"").append(m.toString().replace("-", ""))
				.append("0100\",\"access\":\"all-access\",\"agent\":\"user\",\"views\":100}");
		}
		StubMapping views = PlatformStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.get(urlPathMatching("/pageviews/per-article/en\\.wikipedia(\\.org)?/all-access/user/History_of_Gotland/monthly/.*"))
			.willReturn(json("{\"items\":[" + items + "]}")));
		StubMapping none = PlatformStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.get(urlPathMatching("/pageviews/per-article/.*")).atPriority(10)
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
				.withBody(fixture("/wikimedia/pageviews/not-found.json"))));
		try {
			for (String title : List.of("Maps with views", "More maps with views")) {
				HelpRequest request = f.accepted(title);
				Map<String, Object> body = target("COMMONS_CATEGORY", ImpactStubs.MAPS, 0);
				body.put("withPageViews", true);
				send(post(f.api(request.getNumber()) + "/targets"), f.staff, body).andExpect(status().isCreated());
				String impact = settled(request.getNumber());
				assertThat(JsonPath.<List<Object>>read(impact, "$.targets[0].latest.topPages[?(@.title == 'History of Gotland')].views"))
					.containsExactly(1200);
				assertThat(JsonPath.<List<Object>>read(impact, "$.targets[0].latest.topPages[?(@.title == 'Gotland')].views"))
					.containsExactly(0);
			}
			// the second target's reading found every month kept: the API was asked about the page once
			assertThat(PlatformStub.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
				.getRequestedFor(urlPathMatching("/pageviews/per-article/.*/History_of_Gotland/.*")))).hasSize(1);
		}
		finally {
			PlatformStub.server().removeStub(views);
			PlatformStub.server().removeStub(none);
		}
	}

	@Test
	void twoRefreshesOfOneTargetAskedAtOnceReadItOnceAndItsCreatorHearsOfTheFirstFigures() throws Exception {
		StubMapping slow = PlatformStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.get(urlPathEqualTo(PlatformStub.API)).atPriority(1)
			.withQueryParam("gcmtitle", equalTo(ImpactStubs.MAPS))
			.willReturn(json(fixture("/impact/maps-files.json")).withFixedDelay(1500)));
		try {
			HelpRequest request = f.accepted("Maps asked for twice");
			int before = ImpactStubs.fileRequests(ImpactStubs.MAPS);
			send(post(f.api(request.getNumber()) + "/targets"), f.requester, target("COMMONS_CATEGORY", ImpactStubs.MAPS, 0))
				.andExpect(status().isCreated());
			call(post(f.api(request.getNumber()) + "/refresh"), f.requester).andExpect(status().isAccepted());
			call(post(f.api(request.getNumber()) + "/refresh"), f.staff).andExpect(status().isAccepted());
			String impact = settled(request.getNumber());
			assertThat(JsonPath.<List<Object>>read(impact, "$.targets[0].snapshots")).hasSize(1);
			assertThat(ImpactStubs.fileRequests(ImpactStubs.MAPS) - before).isEqualTo(1);
		}
		finally {
			PlatformStub.server().removeStub(slow);
		}
		assertThat(notifications.latest(f.requesterPerson.getId(), 5))
			.anySatisfy(n -> assertThat(notifications.word(n, java.util.Locale.ENGLISH))
				.contains("the first figures of " + ImpactStubs.MAPS + " are in"));
	}

	@Test
	void thePdfReportHoldsTheFiguresInTheLanguageChosenWithItsFontsEmbedded() throws Exception {
		HelpRequest request = f.accepted("Maps for the PDF");
		send(post(f.api(request.getNumber()) + "/targets"), f.staff, target("COMMONS_CATEGORY", ImpactStubs.MAPS, 0))
			.andExpect(status().isCreated());
		settled(request.getNumber());
		byte[] pdf = f.mvc.perform(get(f.page(request.getNumber()) + "/report.pdf").queryParam("lang", "sv")
				.with(SignedIn.as(f.people, f.requesterPerson.getUsername())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Innehållet från Example Archive på Wikimedias plattformar")
				.contains("Filer som används").contains(ImpactStubs.MAPS).contains("History of Gotland")
				.doesNotContain(f.requesterPerson.getUsername()).doesNotContain("moved for the test");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
		f.mvc.perform(get(f.page(request.getNumber()) + "/report.pdf").queryParam("lang", "de")
				.with(SignedIn.as(f.people, f.requesterPerson.getUsername())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theHubsRollupCountsTheCompletedRequestsOnlyByCampaign() throws Exception {
		HelpRequest done = f.accepted("Maps delivered");
		HelpRequest working = f.accepted("Maps still at work");
		for (HelpRequest request : List.of(done, working)) {
			send(post(f.api(request.getNumber()) + "/targets"), f.staff, target("COMMONS_CATEGORY", ImpactStubs.MAPS, 0))
				.andExpect(status().isCreated());
			settled(request.getNumber());
		}
		done = f.move(done, org.hubdesk.request.RequestState.IN_PROGRESS);
		context.getBean(org.hubdesk.request.RequestWork.class).reportOutcome(done, "The maps illustrate articles.",
				List.of(), f.staffPerson.getId());
		f.move(f.requests.byId(done.getId()).orElseThrow(), org.hubdesk.request.RequestState.COMPLETED);

		String page = f.mvc.perform(get("/hubs/" + f.hub.getSlug() + "/impact").queryParam("uselang", "en")
				.with(SignedIn.as(f.people, f.staffPerson.getUsername())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);
		assertThat(document.select("main").text()).contains("One completed request counts.")
			.contains("No campaign");
		// the same three files in both requests' targets, but only the completed one counts
		assertThat(document.select("main dl.facts dd").eachText()).containsExactly("3", "2", "3", "3");
		f.mvc.perform(get("/hubs/" + f.hub.getSlug() + "/impact").with(SignedIn.as(f.people,
				f.requesterPerson.getUsername()))).andExpect(status().isForbidden());
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
	}

	private static String fixture(String path) throws IOException {
		try (InputStream in = ImpactReadingTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
