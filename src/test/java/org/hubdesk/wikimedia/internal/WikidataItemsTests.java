package org.hubdesk.wikimedia.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.hubdesk.wikimedia.WikidataFigures;
import org.hubdesk.wikimedia.WikidataItem;
import org.hubdesk.wikimedia.WikidataItems;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubdesk.wikimedia.internal.CommonsServer.params;
import static org.hubdesk.wikimedia.internal.CommonsServer.request;

/**
 * Wikidata's items read against a local server answering like {@code wbgetentities}: the figures,
 * the language of labels, missing and redirected ids, and batches of at most 50 ids.
 */
class WikidataItemsTests {

	static final CommonsServer wikidata = new CommonsServer();

	static final String PROPS = "labels|descriptions|claims|sitelinks";

	final WikidataItems items = new WikidataItemReader(
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
	void readsFiguresOfItemsCountingAMissingIdAsNotFoundAndARedirectOnce() {
		wikidata.answer(params("action", "wbgetentities", "ids", "Q1140826|Q20000001|Q1198480|Q999999999", "props", PROPS),
				"wikidata/entities-museums.json");

		WikidataFigures figures = items.read(List.of("Q1140826", "q20000001", "https://www.wikidata.org/wiki/Q1198480",
				"Q999999999", "Q1140826"), "sv");

		assertThat(figures.itemsAsked()).isEqualTo(4);
		assertThat(figures.itemsFound()).isEqualTo(2);
		assertThat(figures.itemsWithImage()).isEqualTo(1);
		assertThat(figures.sitelinks()).isEqualTo(6);
		assertThat(figures.missing()).containsExactly("Q999999999");
		assertThat(figures.requests()).isEqualTo(1);
		assertThat(figures.items()).containsExactly(
				new WikidataItem("Q1140826", "Nordiska museet", "kulturhistoriskt museum i Stockholm", true, 4,
						"Nordiska museet"),
				new WikidataItem("Q1198480", "Skansen", "Freilichtmuseum in Stockholm", false, 2, "Skansen"));
		wikidata.assertEveryRequestPolite();
	}

	@Test
	void labelsFallBackToEnglishThenToAnyLanguage() {
		wikidata.answer(params("action", "wbgetentities", "ids", "Q1140826|Q1198480"), "wikidata/entities-museums.json");

		WikidataFigures figures = items.read(List.of("Q1140826", "Q1198480"), "fi");

		assertThat(figures.items()).extracting(WikidataItem::label).containsExactly("Nordic Museum", "Skansen");
		assertThat(figures.items()).extracting(WikidataItem::description)
			.containsExactly("museum of cultural history in Stockholm, Sweden", "Freilichtmuseum in Stockholm");
	}

	@Test
	void asksInBatchesOfFiftyIds() {
		List<String> asked = new ArrayList<>();
		for (int n = 1; n <= 120; n++) {
			asked.add("Q" + (1000 + n));
		}
		for (int start = 0; start < 120; start += 50) {
			List<String> batch = asked.subList(start, Math.min(120, start + 50));
			wikidata.server.stubFor(request(params("action", "wbgetentities", "ids", String.join("|", batch)))
				.willReturn(aResponse().withHeader("Content-Type", "application/json; charset=utf-8")
					.withBody(missing(batch))));
		}

		WikidataFigures figures = items.read(asked);

		assertThat(figures.requests()).isEqualTo(3);
		assertThat(figures.itemsAsked()).isEqualTo(120);
		assertThat(figures.itemsFound()).isZero();
		assertThat(figures.missing()).hasSize(120);
		assertThat(wikidata.requests()).hasSize(3);
		wikidata.assertEveryRequestPolite();
	}

	@Test
	void aMissingIdInTheOlderFormatIsNotFoundEither() {
		wikidata.server.stubFor(request(params("action", "wbgetentities", "ids", "Q999999999"))
			.willReturn(aResponse().withBody("{\"entities\":{\"Q999999999\":{\"id\":\"Q999999999\",\"missing\":\"\"}},\"success\":1}")));

		assertThat(items.read(List.of("Q999999999")).itemsFound()).isZero();
	}

	@Test
	void whatIsNoItemIsRefusedBeforeAnyRequest() {
		assertThatThrownBy(() -> items.read(List.of("Q1", "P31")))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.INVALID))
			.hasMessageContaining("P31");
		assertThat(items.read(List.of()).itemsAsked()).isZero();
		assertThat(wikidata.requests()).isEmpty();
	}

	@Test
	void anAnswerWithoutEntitiesIsABadAnswer() {
		wikidata.server.stubFor(request(params("action", "wbgetentities"))
			.willReturn(aResponse().withBody("{\"batchcomplete\":true}")));

		assertThatThrownBy(() -> items.read(List.of("Q42")))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.BAD_ANSWER));
	}

	/** The answer of {@code formatversion=2} for ids Wikidata does not have. */
	private static String missing(List<String> ids) {
		StringJoiner entities = new StringJoiner(",");
		ids.forEach(id -> entities.add("\"" + id + "\":{\"id\":\"" + id + "\",\"missing\":true}"));
		return "{\"entities\":{" + entities + "},\"success\":1}";
	}
}
