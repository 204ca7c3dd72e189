package org.hubdesk.wikimedia.internal;

import org.hubdesk.wikimedia.WikidataMatch;
import org.hubdesk.wikimedia.WikidataSearch;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubdesk.wikimedia.internal.CommonsServer.fixture;
import static org.hubdesk.wikimedia.internal.CommonsServer.params;
import static org.hubdesk.wikimedia.internal.CommonsServer.request;

/** A search of Wikidata's items against a local server answering like {@code wbsearchentities}. */
class WikidataSearchTests {

	static final CommonsServer wikidata = new CommonsServer();

	final WikidataSearch search = new WikidataSearcher(
			new MediaWikiApis(wikidata.settings(50, 500), wikidata.waits::add).wikidata());

	@BeforeEach
	void reset() {
		wikidata.reset();
	}

	@AfterAll
	static void stop() {
		wikidata.close();
	}

	@Test
	void findsItemsWithTheirLabelsAndDescriptionsInTheLanguageAsked() {
		wikidata.answer(params("action", "wbsearchentities", "search", "nordiska", "language", "sv", "uselang", "sv",
				"type", "item", "limit", "7"), "wikidata/search-nordiska.json");

		assertThat(search.search("  nordiska ", "sv", 7)).containsExactly(
				new WikidataMatch("Q1140826", "Nordiska museet", "kulturhistoriskt museum i Stockholm"),
				new WikidataMatch("Q10602088", "Nordiska museets arkiv", null),
				new WikidataMatch("Q98765432", "Nordic Museum Press", "publisher"));
		wikidata.assertEveryRequestPolite();
	}

	@Test
	void blankTextFindsNothingAndAsksNothing() {
		assertThat(search.search(" \t", "sv", 7)).isEmpty();
		assertThat(search.search(null, "sv", 7)).isEmpty();
		assertThat(wikidata.requests()).isEmpty();
	}

	@Test
	void aLanguageThatCannotBeOneSearchesInEnglish() {
		wikidata.answer(params("action", "wbsearchentities", "language", "en", "uselang", "en"),
				"wikidata/search-nordiska.json");

		assertThat(search.search("nordiska", "sv|en&x", 3)).hasSize(3);
	}

	@Test
	void anApiErrorIsReportedWithItsCode() {
		wikidata.server.stubFor(request(params("action", "wbsearchentities")).willReturn(aResponse()
			.withHeader("MediaWiki-API-Error", "badvalue").withBody(fixture("errors/badvalue.json"))));

		assertThatThrownBy(() -> search.search("nordiska", "sv", 7))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.API_ERROR));
		assertThatThrownBy(() -> search.search("nordiska", "sv", 51))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.INVALID));
	}
}
