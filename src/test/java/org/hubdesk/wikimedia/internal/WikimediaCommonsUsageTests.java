package org.hubdesk.wikimedia.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.hubdesk.wikimedia.CategoryUsage;
import org.hubdesk.wikimedia.CommonsFile;
import org.hubdesk.wikimedia.FileUse;
import org.hubdesk.wikimedia.TopPage;
import org.hubdesk.wikimedia.UsageFigures;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hubdesk.wikimedia.internal.CommonsServer.params;
import static org.hubdesk.wikimedia.internal.CommonsServer.request;

/**
 * Reading a Commons category against a local server with fixtures in the API's real shapes.
 * <p>
 * The museum's tree, read with 2 files a batch and 3 uses an answer: Collections (3 files:
 * the façade, the harbour, the ticket; subcategories listed in two answers) → Paintings (the
 * harbour again and a portrait used on Commons and Wikidata) and Photographs (empty, and listing
 * Collections again: the loop, and Anna's paintings again) → Anna's paintings (a self-portrait). The
 * façade's four uses come in two answers, the second continuing the first batch, which also brings
 * the harbour's use; the ticket comes in a second batch.
 */
class WikimediaCommonsUsageTests {

	static final String COLLECTIONS = "Category:Collections of the Example Museum";
	static final String PAINTINGS = "Category:Paintings in the Example Museum";
	static final String PHOTOGRAPHS = "Category:Photographs in the Example Museum";
	static final String ANNA = "Category:Paintings by Anna Example";
	static final String EMPTY = "Category:Empty collection of the Example Museum";

	static final CommonsServer commons = new CommonsServer();

	final CommonsCategoryReader reader = new CommonsCategoryReader(commons.api(commons.settings(2, 3)),
			commons.settings(2, 3));

	@BeforeEach
	void reset() {
		commons.reset();
	}

	@AfterAll
	static void stop() {
		commons.close();
	}

	@Test
	void theMuseumsTreeGivesItsFiguresInTheFewestRequests() {
		stubMuseum();

		CategoryUsage usage = reader.read("collections_of_the_Example_Museum", 2);

		assertThat(usage.category()).isEqualTo(COLLECTIONS);
		assertThat(usage.categories()).containsExactly(COLLECTIONS, PAINTINGS, PHOTOGRAPHS, ANNA);
		assertThat(usage.files()).extracting(CommonsFile::title)
			.containsExactly("File:Anna Example - Self-portrait.jpg", "File:Example Museum façade.jpg",
					"File:Harbour at dusk.jpg", "File:Museum ticket 1923.png", "File:Portrait of a lady.jpg");
		UsageFigures figures = UsageFigures.of(usage);
		assertThat(figures.files()).isEqualTo(5);
		assertThat(figures.filesInUse()).isEqualTo(4);
		assertThat(figures.shareInUse()).isEqualTo(0.8);
		assertThat(figures.distinctPages()).isEqualTo(7);
		assertThat(figures.distinctWikis()).isEqualTo(5);
		assertThat(figures.mainNamespaceUses()).isEqualTo(7);
		assertThat(figures.topPages()).extracting(TopPage::wiki, TopPage::title, TopPage::files)
			.containsExactly(tuple("en.wikipedia.org", "Example Museum", 2), tuple("sv.wikipedia.org", "Example Museum", 2),
					tuple("de.wikipedia.org", "Example Museum", 1), tuple("en.wikipedia.org", "Talk:Example Museum", 1),
					tuple("fr.wikipedia.org", "Utilisateur:Marie Exemple/Brouillon", 1),
					tuple("sv.wikipedia.org", "Anna Example", 1), tuple("www.wikidata.org", "Q98765432", 1));

		// existence 1; listings: Collections 2 (continued), Paintings 1, Photographs 1 (Anna's is at
		// the depth: not listed); files: Collections ceil(3 / 2) = 2 + 1 continuation of the usage,
		// Paintings ceil(2 / 2) = 1, Photographs 1 (empty), Anna's ceil(1 / 2) = 1
		assertThat(usage.requests()).isEqualTo(11);
		assertThat(commons.requests()).hasSize(11);
		commons.assertEveryRequestPolite();
		commons.server.verify(0, getRequestedFor(urlPathEqualTo(CommonsServer.PATH)).withQueryParam("cmtitle", equalTo(ANNA)));
	}

	@Test
	void aFileSplitOverAnswersAndCategoriesIsMergedNotOverwritten() {
		stubMuseum();

		CategoryUsage usage = reader.read(COLLECTIONS, 2);

		CommonsFile facade = file(usage, "File:Example Museum façade.jpg");
		assertThat(facade.uses()).containsExactly(
				new FileUse("de.wikipedia.org", "Example Museum", 0, "https://de.wikipedia.org/wiki/Example_Museum"),
				new FileUse("en.wikipedia.org", "Example Museum", 0, "https://en.wikipedia.org/wiki/Example_Museum"),
				new FileUse("en.wikipedia.org", "Talk:Example Museum", 1, "https://en.wikipedia.org/wiki/Talk:Example_Museum"),
				new FileUse("sv.wikipedia.org", "Example Museum", 0, "https://sv.wikipedia.org/wiki/Example_Museum"));
		assertThat(facade.pageId()).isEqualTo(1001);
		assertThat(facade.mime()).isEqualTo("image/jpeg");
		assertThat(facade.size()).isEqualTo(4718212);
		assertThat(facade.uploaded()).isEqualTo(Instant.parse("2019-04-02T09:15:27Z"));
		assertThat(facade.url()).isEqualTo("https://upload.wikimedia.org/wikipedia/commons/3/3c/Example_Museum_fa%C3%A7ade.jpg");
		assertThat(facade.descriptionUrl()).isEqualTo("https://commons.wikimedia.org/wiki/File:Example_Museum_fa%C3%A7ade.jpg");

		// its file information came in the first answer of its batch, its use in the second
		CommonsFile harbour = file(usage, "File:Harbour at dusk.jpg");
		assertThat(harbour.uses()).extracting(FileUse::wiki, FileUse::title)
			.containsExactly(tuple("en.wikipedia.org", "Example Museum"));
		assertThat(harbour.mime()).isEqualTo("image/jpeg");
		assertThat(harbour.inUse()).isTrue();

		// ns as a number; a use on Commons is kept in what was read but makes no file in use
		CommonsFile portrait = file(usage, "File:Portrait of a lady.jpg");
		assertThat(portrait.uses()).extracting(FileUse::wiki, FileUse::namespace, FileUse::onCommons)
			.containsExactly(tuple("commons.wikimedia.org", 4, true), tuple("www.wikidata.org", 0, false));

		CommonsFile ticket = file(usage, "File:Museum ticket 1923.png");
		assertThat(ticket.uses()).isEmpty();
		assertThat(ticket.inUse()).isFalse();
		assertThat(ticket.mime()).isEqualTo("image/png");
	}

	@Test
	void aDeeperReadingListsTheDeepestLevelTooAndMeetsTheLoopOnce() {
		stubMuseum();

		CategoryUsage usage = reader.read(COLLECTIONS, 3);

		assertThat(usage.categories()).containsExactly(COLLECTIONS, PAINTINGS, PHOTOGRAPHS, ANNA);
		assertThat(usage.requests()).isEqualTo(12);
		assertThat(commons.requests()).hasSize(12);
		assertThat(UsageFigures.of(usage).files()).isEqualTo(5);
		commons.server.verify(1, getRequestedFor(urlPathEqualTo(CommonsServer.PATH)).withQueryParam("cmtitle", equalTo(ANNA)));
		commons.server.verify(1, getRequestedFor(urlPathEqualTo(CommonsServer.PATH))
			.withQueryParam("gcmtitle", equalTo(COLLECTIONS))
			.withQueryParam("gcmcontinue", absent())
			.withQueryParam("gucontinue", absent()));
	}

	@Test
	void aReadingTellsHowFarItHasComeAfterEachAnswerAboutFiles() {
		stubMuseum();
		List<List<Integer>> told = new ArrayList<>();

		reader.read(COLLECTIONS, 2, (categoriesRead, categories, files) -> told.add(List.of(categoriesRead, categories, files)));

		// Collections: three answers (the façade and the harbour, their usage continued, the ticket);
		// Paintings adds the portrait; Photographs nothing; Anna's the self-portrait
		assertThat(told).containsExactly(List.of(0, 4, 2), List.of(0, 4, 2), List.of(0, 4, 3), List.of(1, 4, 3),
				List.of(1, 4, 4), List.of(2, 4, 4), List.of(2, 4, 4), List.of(3, 4, 4), List.of(3, 4, 5), List.of(4, 4, 5));
	}

	@Test
	void depthZeroReadsTheCategoryAloneWithoutListingItsSubcategories() {
		stubMuseum();

		CategoryUsage usage = reader.read("Category:Collections of the Example Museum", 0);

		assertThat(usage.categories()).containsExactly(COLLECTIONS);
		assertThat(usage.files()).hasSize(3);
		assertThat(usage.requests()).isEqualTo(4);
		assertThat(commons.requests()).hasSize(4);
		commons.server.verify(0,
				getRequestedFor(urlPathEqualTo(CommonsServer.PATH)).withQueryParam("list", equalTo("categorymembers")));
	}

	@Test
	void aMissingCategoryIsNotFoundAfterOneRequest() {
		exists("Category:No such collection anywhere", "categories/missing.json");

		assertThatThrownBy(() -> reader.read("No such collection anywhere", 1))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> {
				assertThat(ex.getKind()).isEqualTo(Kind.NOT_FOUND);
				assertThat(ex.getMessage()).contains("Category:No such collection anywhere");
			});
		assertThat(commons.requests()).hasSize(1);
		commons.assertEveryRequestPolite();
	}

	@Test
	void anEmptyCategoryHasNoFilesAndNoShare() {
		exists(EMPTY, "categories/empty-exists.json");
		files(EMPTY, null, null, null, "categories/empty-files.json");

		CategoryUsage usage = reader.read(EMPTY, 0);

		assertThat(usage.files()).isEmpty();
		assertThat(usage.requests()).isEqualTo(2);
		UsageFigures figures = UsageFigures.of(usage);
		assertThat(figures.files()).isZero();
		assertThat(figures.shareInUse()).isNull();
		assertThat(figures.topPages()).isEmpty();
		commons.assertEveryRequestPolite();
	}

	@Test
	void aCategoryWithMembersButNoPageIsRead() {
		String wanted = "Category:Uncategorised uploads of the Example Museum";
		exists(wanted, "categories/wanted-exists.json");
		files(wanted, null, null, null, "categories/wanted-files.json");

		assertThat(reader.read(wanted, 0).files()).extracting(CommonsFile::title).containsExactly("File:Unsorted scan 0001.tif");
	}

	@Test
	void aRefusalCostsOneRequestMore() {
		exists(EMPTY, "categories/empty-exists.json");
		commons.server.stubFor(request(files(EMPTY, null, null, null)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "6")).willSetStateTo("waited"));
		commons.server.stubFor(request(files(EMPTY, null, null, null)).inScenario("busy").whenScenarioStateIs("waited")
			.willReturn(CommonsServer.json("categories/empty-files.json")));

		assertThat(reader.read(EMPTY, 0).requests()).isEqualTo(3);
		assertThat(commons.waits).containsExactly(Duration.ofSeconds(6));
		commons.assertEveryRequestPolite();
	}

	@Test
	void aNameThatCannotBeACategoryOrADepthOutOfRangeIsInvalidBeforeAnyRequest() {
		for (String name : new String[] { "", "   ", "Category:", "Category:A|B", "Paintings [1900]", "A{{b}}", "a#b" }) {
			assertThatThrownBy(() -> reader.read(name, 0)).as(name)
				.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.INVALID));
		}
		for (int depth : new int[] { -1, 4 }) {
			assertThatThrownBy(() -> reader.read(COLLECTIONS, depth)).as("depth %d", depth)
				.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.INVALID));
		}
		assertThat(commons.requests()).isEmpty();
	}

	@Test
	void aPageWithoutItsShapeIsABadAnswer() {
		exists(EMPTY, "categories/empty-exists.json");
		commons.server.stubFor(request(files(EMPTY, null, null, null)).willReturn(aResponse().withBody(
				"{\"batchcomplete\":true,\"query\":{\"pages\":[{\"pageid\":7,\"ns\":6,\"title\":\"File:X.jpg\","
						+ "\"globalusage\":[{\"title\":\"X\",\"wiki\":\"en.wikipedia.org\",\"ns\":\"main\"}]}]}}")));

		assertThatThrownBy(() -> reader.read(EMPTY, 0))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.BAD_ANSWER));
	}

	private void stubMuseum() {
		exists(COLLECTIONS, "museum/exists.json");
		subcategories(COLLECTIONS, null, "museum/subcats-collections-1.json");
		subcategories(COLLECTIONS, "subcat|5041494e54494e475320494e20544845204558414d504c45204d555345554d|90002",
				"museum/subcats-collections-2.json");
		subcategories(PAINTINGS, null, "museum/subcats-paintings.json");
		subcategories(PHOTOGRAPHS, null, "museum/subcats-photographs.json");
		subcategories(ANNA, null, "museum/subcats-anna.json");
		files(COLLECTIONS, null, null, null, "museum/files-collections-1.json");
		files(COLLECTIONS, null, "Example_Museum_façade.jpg|svwiki|48213", "||imageinfo", "museum/files-collections-1b.json");
		files(COLLECTIONS, "file|4d555345554d205449434b455420313932332e504e47|1003", null, "gcmcontinue||",
				"museum/files-collections-2.json");
		files(PAINTINGS, null, null, null, "museum/files-paintings.json");
		files(PHOTOGRAPHS, null, null, null, "museum/files-photographs.json");
		files(ANNA, null, null, null, "museum/files-anna.json");
	}

	private void exists(String title, String fixture) {
		commons.answer(params("action", "query", "prop", "categoryinfo", "titles", title, "list", null, "generator", null),
				fixture);
	}

	private void subcategories(String category, String cmcontinue, String fixture) {
		commons.answer(params("action", "query", "list", "categorymembers", "cmtitle", category, "cmtype", "subcat",
				"cmprop", "title", "cmlimit", "500", "cmcontinue", cmcontinue, "continue", cmcontinue == null ? null : "-||"),
				fixture);
	}

	private void files(String category, String gcmcontinue, String gucontinue, String cont, String fixture) {
		commons.answer(files(category, gcmcontinue, gucontinue, cont), fixture);
	}

	private static Map<String, String> files(String category, String gcmcontinue, String gucontinue,
			String cont) {
		return params("action", "query", "generator", "categorymembers", "gcmtitle", category, "gcmtype", "file",
				"gcmlimit", "2", "prop", "globalusage|imageinfo", "gulimit", "3", "guprop", "url|namespace",
				"gufilterlocal", "1", "iiprop", "url|size|mime|timestamp", "gcmcontinue", gcmcontinue, "gucontinue",
				gucontinue, "continue", cont, "titles", null);
	}

	private static CommonsFile file(CategoryUsage usage, String title) {
		return usage.files().stream().filter(f -> f.title().equals(title)).findFirst().orElseThrow();
	}
}
