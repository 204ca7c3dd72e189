package org.hubdesk.wikimedia.internal;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.hubdesk.wikimedia.WikimediaApiProperties;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubdesk.wikimedia.internal.CommonsServer.fixture;
import static org.hubdesk.wikimedia.internal.CommonsServer.json;
import static org.hubdesk.wikimedia.internal.CommonsServer.params;
import static org.hubdesk.wikimedia.internal.CommonsServer.request;

/**
 * The Action API client against a local server: what every request carries, the waits after a
 * refusal or a failure and when it gives up, answers that are not the API's, and continuation.
 */
class WikimediaApiTests {

	static final CommonsServer commons = new CommonsServer();

	static final Map<String, String> SITEINFO = params("action", "query", "meta", "siteinfo");
	static final String OK = "{\"batchcomplete\":true,\"query\":{\"general\":{\"sitename\":\"Wikimedia Commons\"}}}";

	final WikimediaApiProperties settings = commons.settings(50, 500);
	final MediaWikiApi api = commons.api(settings);
	final Tally tally = new Tally();

	@BeforeEach
	void reset() {
		commons.reset();
	}

	@AfterAll
	static void stop() {
		commons.close();
	}

	@Test
	void everyRequestIsAGetWithTheUserAgentAndMaxlag() {
		commons.server.stubFor(request(SITEINFO).willReturn(aResponse().withBody(OK)));

		JsonNode answer = api.get(SITEINFO, tally);

		assertThat(answer.path("query").path("general").path("sitename").asString()).isEqualTo("Wikimedia Commons");
		assertThat(tally.requests()).isEqualTo(1);
		assertThat(commons.requests()).hasSize(1);
		commons.assertEveryRequestPolite();
		assertThat(commons.waits).isEmpty();
	}

	@Test
	void aMaxlagErrorIsWaitedOutForTheRetryAfterAskedAndTriedAgain() {
		refuseOnceThenAnswer(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json; charset=utf-8")
			.withHeader("Retry-After", "7")
			.withHeader("X-Database-Lag", "7")
			.withHeader("MediaWiki-API-Error", "maxlag")
			.withBody(fixture("errors/maxlag.json")));

		assertThat(api.get(SITEINFO, tally).path("batchcomplete").asBoolean()).isTrue();

		assertThat(commons.waits).containsExactly(Duration.ofSeconds(7));
		assertThat(tally.requests()).isEqualTo(2);
		assertThat(commons.requests()).hasSize(2);
		commons.assertEveryRequestPolite();
	}

	@Test
	void http429IsWaitedOutForTheRetryAfterAskedAndTriedAgain() {
		refuseOnceThenAnswer(aResponse().withStatus(429)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withHeader("Retry-After", "9")
			.withBody(fixture("errors/too-many-requests.html")));

		assertThat(api.get(SITEINFO, tally).path("batchcomplete").asBoolean()).isTrue();

		assertThat(commons.waits).containsExactly(Duration.ofSeconds(9));
		assertThat(commons.requests()).hasSize(2);
		commons.assertEveryRequestPolite();
	}

	@Test
	void aWaitIsNeverShorterThanRetryMinNorLongerThanRetryMax() {
		assertThat(api.retryAfter("30")).isEqualTo(Duration.ofSeconds(30));
		assertThat(api.retryAfter("1")).isEqualTo(Duration.ofSeconds(5));
		assertThat(api.retryAfter("0")).isEqualTo(Duration.ofSeconds(5));
		assertThat(api.retryAfter("86400")).isEqualTo(Duration.ofSeconds(120));
		assertThat(api.retryAfter(null)).isEqualTo(Duration.ofSeconds(5));
		assertThat(api.retryAfter("soon")).isEqualTo(Duration.ofSeconds(5));
		String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(61));
		assertThat(api.retryAfter(inAMinute)).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61));

		refuseOnceThenAnswer(aResponse().withStatus(429).withHeader("Retry-After", "3600"));
		api.get(SITEINFO, tally);
		assertThat(commons.waits).containsExactly(Duration.ofSeconds(120));
	}

	@Test
	void serverErrorsAreBackedOffFromRetryMinDoubling() {
		String scenario = "failing";
		commons.server.stubFor(request(SITEINFO).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("Service Temporarily Unavailable"))
			.willSetStateTo("once"));
		commons.server.stubFor(request(SITEINFO).inScenario(scenario).whenScenarioStateIs("once")
			.willReturn(aResponse().withStatus(502)).willSetStateTo("twice"));
		commons.server.stubFor(request(SITEINFO).inScenario(scenario).whenScenarioStateIs("twice")
			.willReturn(aResponse().withBody(OK)));

		api.get(SITEINFO, tally);

		assertThat(commons.waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
		assertThat(tally.requests()).isEqualTo(3);
	}

	@Test
	void refusalsPastTheAttemptsGiveUpAsRefused() {
		commons.server.stubFor(request(SITEINFO).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")));

		assertThatThrownBy(() -> api.get(SITEINFO, tally)).isInstanceOfSatisfying(WikimediaException.class, ex -> {
			assertThat(ex.getKind()).isEqualTo(Kind.REFUSED);
			assertThat(ex.getMessage()).contains("HTTP 429").contains("4 attempts");
		});
		assertThat(commons.requests()).hasSize(4);
		assertThat(tally.requests()).isEqualTo(4);
		assertThat(commons.waits).hasSize(3);
	}

	@Test
	void serverErrorsPastTheAttemptsGiveUpAsUnreachable() {
		commons.server.stubFor(request(SITEINFO).willReturn(aResponse().withStatus(500)));

		assertThatThrownBy(() -> api.get(SITEINFO, tally))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.UNREACHABLE));
		assertThat(commons.waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
	}

	@Test
	void aHostThatCannotBeReachedIsTriedAgainThenUnreachable() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		WikimediaApiProperties nowhere = new WikimediaApiProperties("http://127.0.0.1:" + closed + "/w/api.php",
				settings.wikidataApi(), settings.pageviewsApi(), 50, 500, Duration.ofSeconds(5), Duration.ofSeconds(12),
				settings.timeout(), 4, CommonsServer.USER_AGENT);

		assertThatThrownBy(() -> commons.api(nowhere).get(SITEINFO, tally))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.UNREACHABLE));
		assertThat(commons.waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(12));
		assertThat(tally.requests()).isEqualTo(4);
	}

	@Test
	void anAnswerSlowerThanTheTimeoutIsUnreachable() {
		WikimediaApiProperties impatient = new WikimediaApiProperties(settings.commonsApi(), settings.wikidataApi(),
				settings.pageviewsApi(), 50, 500, settings.retryMin(), settings.retryMax(), Duration.ofMillis(200), 1,
				CommonsServer.USER_AGENT);
		commons.server.stubFor(request(SITEINFO).willReturn(aResponse().withBody(OK).withFixedDelay(1500)));

		assertThatThrownBy(() -> commons.api(impatient).get(SITEINFO, tally))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.UNREACHABLE));
	}

	@Test
	void anAnswerThatIsNotJsonIsABadAnswerAndNotTriedAgain() {
		commons.server.stubFor(request(SITEINFO).willReturn(aResponse().withHeader("Content-Type", "text/html")
			.withBody("<!DOCTYPE html><title>Wikimedia Commons</title>")));

		assertThatThrownBy(() -> api.get(SITEINFO, tally))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.BAD_ANSWER));
		commons.server.stubFor(request(SITEINFO).willReturn(aResponse().withBody("[1, 2, 3]")));
		assertThatThrownBy(() -> api.get(SITEINFO, tally))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.BAD_ANSWER));
		commons.server.stubFor(request(SITEINFO).willReturn(aResponse().withStatus(404)));
		assertThatThrownBy(() -> api.get(SITEINFO, tally))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.BAD_ANSWER));
		assertThat(commons.requests()).hasSize(3);
		assertThat(commons.waits).isEmpty();
	}

	@Test
	void anApiErrorCarriesItsCode() {
		commons.server.stubFor(request(SITEINFO).willReturn(json("errors/badvalue.json")));

		assertThatThrownBy(() -> api.get(SITEINFO, tally)).isInstanceOfSatisfying(WikimediaException.class, ex -> {
			assertThat(ex.getKind()).isEqualTo(Kind.API_ERROR);
			assertThat(ex.getCode()).isEqualTo("badvalue");
			assertThat(ex.getMessage()).contains("Unrecognized value for parameter \"gcmtype\"");
		});
		assertThat(commons.requests()).hasSize(1);
	}

	@Test
	void aForbiddenRequestIsRefusedAtOnce() {
		commons.server.stubFor(request(SITEINFO).willReturn(aResponse().withStatus(403)));

		assertThatThrownBy(() -> api.get(SITEINFO, tally))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.REFUSED));
		assertThat(commons.requests()).hasSize(1);
	}

	@Test
	void aContinuedQueryCopiesEveryKeyOfTheLastContinueUnchangedAndNothingOfAnEarlierOne() {
		Map<String, String> list = params("action", "query", "list", "allimages", "aicontinue", null, "aacontinue", null,
				"continue", null);
		commons.server.stubFor(request(list).willReturn(aResponse().withBody(
				"{\"continue\":{\"aicontinue\":\"Zebra 01.jpg|20240101\",\"continue\":\"-||\"},\"query\":{\"allimages\":[1]}}")));
		commons.server.stubFor(request(params("action", "query", "list", "allimages", "aicontinue", "Zebra 01.jpg|20240101",
				"aacontinue", null, "continue", "-||"))
			.willReturn(aResponse().withBody(
					"{\"continue\":{\"aacontinue\":\"a b|c\",\"continue\":\"||x|y\"},\"query\":{\"allimages\":[2]}}")));
		commons.server.stubFor(request(params("action", "query", "list", "allimages", "aicontinue", null, "aacontinue",
				"a b|c", "continue", "||x|y"))
			.willReturn(aResponse().withBody("{\"batchcomplete\":true,\"query\":{\"allimages\":[3]}}")));
		List<Integer> seen = new ArrayList<>();

		api.query(params("action", "query", "list", "allimages"), tally,
				answer -> seen.add(answer.path("query").path("allimages").path(0).asInt()));

		assertThat(seen).containsExactly(1, 2, 3);
		assertThat(tally.requests()).isEqualTo(3);
		commons.assertEveryRequestPolite();
	}

	@Test
	void aContinuationThatRepeatsItselfIsABadAnswerNotALoop() {
		commons.server.stubFor(any(anyUrl())
			.willReturn(aResponse().withBody("{\"continue\":{\"accontinue\":\"B\",\"continue\":\"-||\"},\"query\":{}}")));

		assertThatThrownBy(() -> api.query(params("action", "query", "list", "allcategories"), tally, answer -> {
		})).isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.BAD_ANSWER));
		assertThat(commons.requests()).hasSize(2);
	}

	@Test
	void aHostIsAskedOneThingAtATime() throws Exception {
		commons.server.stubFor(request(SITEINFO).willReturn(aResponse().withBody(OK).withFixedDelay(200)));
		MediaWikiApis apis = new MediaWikiApis(settings, commons.waits::add);
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			List<Future<JsonNode>> answers = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				// the same host through two addresses of its API
				String address = i % 2 == 0 ? commons.url() : commons.url() + "?";
				answers.add(threads.submit(() -> apis.at(address).get(SITEINFO, new Tally())));
			}
			for (Future<JsonNode> answer : answers) {
				assertThat(answer.get().path("batchcomplete").asBoolean()).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
		List<LoggedRequest> received = new ArrayList<>(commons.requests());
		received.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
		assertThat(received).hasSize(3);
		for (int i = 1; i < received.size(); i++) {
			long apart = received.get(i).getLoggedDate().getTime() - received.get(i - 1).getLoggedDate().getTime();
			assertThat(apart).as("milliseconds between requests %d and %d", i, i + 1).isGreaterThanOrEqualTo(180);
		}
	}

	private void refuseOnceThenAnswer(ResponseDefinitionBuilder refusal) {
		commons.server.stubFor(request(SITEINFO).inScenario("refused").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(refusal).willSetStateTo("waited"));
		commons.server.stubFor(request(SITEINFO).inScenario("refused").whenScenarioStateIs("waited")
			.willReturn(aResponse().withBody(OK)));
	}
}
