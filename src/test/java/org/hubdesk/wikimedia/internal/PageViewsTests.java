package org.hubdesk.wikimedia.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

import org.hubdesk.wikimedia.MonthSpan;
import org.hubdesk.wikimedia.PageViews;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubdesk.wikimedia.internal.CommonsServer.fixture;
import static org.hubdesk.wikimedia.internal.CommonsServer.json;

/**
 * Monthly page views against a local server answering like the REST API: the address asked, the
 * months read, a 404 as no views, and the same waits and tries as the Action APIs.
 */
class PageViewsTests {

	static final CommonsServer rest = new CommonsServer();

	static final String NORDISKA = "/pageviews/per-article/sv.wikipedia.org/all-access/user/Nordiska_museet/monthly/2025010100/2025033100";

	final PageViews views = new MediaWikiApis(rest.settings(50, 500), rest.waits::add).pageViews();

	@BeforeEach
	void reset() {
		rest.reset();
	}

	@AfterAll
	static void stop() {
		rest.close();
	}

	@Test
	void readsTheViewsOfEachMonth() {
		rest.server.stubFor(get(urlEqualTo(NORDISKA)).willReturn(json("pageviews/nordiska-museet.json")));

		assertThat(views.monthly("sv.wikipedia.org", "Nordiska museet", YearMonth.of(2025, 1), YearMonth.of(2025, 3)))
			.containsExactly(Map.entry(YearMonth.of(2025, 1), 4211L), Map.entry(YearMonth.of(2025, 2), 3870L),
					Map.entry(YearMonth.of(2025, 3), 4502L));
		assertThat(rest.requests()).singleElement()
			.satisfies(request -> assertThat(request.getHeader("User-Agent")).isEqualTo(CommonsServer.USER_AGENT));
	}

	@Test
	void theTitleIsOnePathSegmentWithUnderscoresAndSlashesEncoded() {
		String path = "/pageviews/per-article/de.wikipedia.org/all-access/user/AC%2FDC_%28Band%29_%C3%A5%3F/monthly/2024020100/2024022900";
		rest.server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withBody("{\"items\":[]}")));

		assertThat(views.monthly("https://de.wikipedia.org", "AC/DC (Band) å?", YearMonth.of(2024, 2), YearMonth.of(2024, 2)))
			.isEmpty();
		assertThat(rest.server.findAllUnmatchedRequests()).isEmpty();
	}

	@Test
	void aPageWithoutViewsIsNoMonthsNotAnError() {
		rest.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json").withBody(fixture("pageviews/not-found.json"))));

		assertThat(views.monthly("sv.wikipedia.org", "Ingen sådan sida", YearMonth.of(2025, 1), YearMonth.of(2025, 3)))
			.isEmpty();
		assertThat(rest.waits).isEmpty();
	}

	@Test
	void aRefusalIsWaitedOutAndAFailureBackedOffFromLikeTheActionApis() {
		rest.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "9")));

		assertThatThrownBy(() -> views.monthly("sv.wikipedia.org", "Nordiska museet", YearMonth.of(2025, 1),
				YearMonth.of(2025, 3)))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.REFUSED));
		assertThat(rest.waits).containsExactly(Duration.ofSeconds(9), Duration.ofSeconds(9), Duration.ofSeconds(9));
		assertThat(rest.requests()).hasSize(4);

		rest.reset();
		rest.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
		assertThatThrownBy(() -> views.monthly("sv.wikipedia.org", "X", YearMonth.of(2025, 1), YearMonth.of(2025, 1)))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.UNREACHABLE));
		assertThat(rest.waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
	}

	@Test
	void whatCannotBeAskedIsRefusedBeforeAnyRequest() {
		for (String wiki : new String[] { "", "svwiki", "sv..wikipedia.org", "sv.wikipedia.org:443", "sv wikipedia.org" }) {
			assertThatThrownBy(() -> views.monthly(wiki, "X", YearMonth.of(2025, 1), YearMonth.of(2025, 1))).as(wiki)
				.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.INVALID));
		}
		assertThatThrownBy(() -> views.monthly("sv.wikipedia.org", " ", YearMonth.of(2025, 1), YearMonth.of(2025, 1)))
			.isInstanceOf(WikimediaException.class);
		assertThatThrownBy(() -> views.monthly("sv.wikipedia.org", "X", YearMonth.of(2025, 2), YearMonth.of(2025, 1)))
			.isInstanceOf(WikimediaException.class);
		assertThat(rest.requests()).isEmpty();
	}

	@Test
	void theLastTwelveCompleteMonthsEndWithTheMonthBeforeToday() {
		assertThat(MonthSpan.lastTwelveComplete(LocalDate.of(2026, 1, 1)))
			.isEqualTo(new MonthSpan(YearMonth.of(2025, 1), YearMonth.of(2025, 12)));
		assertThat(MonthSpan.lastTwelveComplete(LocalDate.of(2026, 3, 31)))
			.isEqualTo(new MonthSpan(YearMonth.of(2025, 3), YearMonth.of(2026, 2)));
		assertThat(MonthSpan.lastTwelveComplete(Clock.fixed(Instant.parse("2026-05-01T00:30:00Z"), ZoneOffset.ofHours(5))))
			.isEqualTo(new MonthSpan(YearMonth.of(2025, 5), YearMonth.of(2026, 4)));
		assertThat(MonthSpan.lastTwelveComplete(LocalDate.of(2026, 1, 15)).months()).isEqualTo(12);
	}
}
