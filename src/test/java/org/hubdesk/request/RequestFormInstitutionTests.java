package org.hubdesk.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partner institution's lookup on the request form, against a local server answering like
 * Wikidata's {@code wbsearchentities}: the matches as the person types, in their language, a word
 * when Wikidata fails, a page of its own without JavaScript, and none of it for visitors.
 */
@DemoTest
class RequestFormInstitutionTests {

	static final String LOOKUP = "/hubs/content-partnerships/requests/institutions";

	static final WireMockServer wikidata = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

	static {
		wikidata.start();
	}

	@DynamicPropertySource
	static void wikidata(DynamicPropertyRegistry registry) {
		registry.add("hubdesk.impact.wikidata-api", () -> wikidata.baseUrl() + "/w/api.php");
		// no scheduler here: on a database shared by contexts (the PostgreSQL pass) it could run another
		// context's reading of Wikidata items against this test's server
		registry.add("db-scheduler.enabled", () -> "false");
	}

	@AfterAll
	static void stop() {
		wikidata.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	Person person;

	@BeforeEach
	void reset() {
		wikidata.resetAll();
		person = SignedIn.newPerson(people, "lookup");
	}

	@Test
	void theMatchesOfWhatIsTypedComeAsAListToChooseFromInThePersonsLanguage() throws Exception {
		answerSearch();

		String fragment = mvc.perform(lookup("sv").param("partnerName", "nordiska")
				.header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(fragment).doesNotContain("<html").doesNotContain("<main")
			.contains("data-qid=\"Q1140826\"", "data-label=\"Nordiska museet\"",
					"data-description=\"kulturhistoriskt museum i Stockholm\"", "data-qid=\"Q10602088\"",
					"Nordic Museum Press", ">Q98765432<");
		assertThat(wikidata.findAll(anyRequestedFor(urlPathEqualTo("/w/api.php")))).singleElement().satisfies(request -> {
			assertThat(request.queryParameter("action").firstValue()).isEqualTo("wbsearchentities");
			assertThat(request.queryParameter("search").firstValue()).isEqualTo("nordiska");
			assertThat(request.queryParameter("language").firstValue()).isEqualTo("sv");
			assertThat(request.queryParameter("type").firstValue()).isEqualTo("item");
			assertThat(request.queryParameter("limit").firstValue()).isEqualTo("7");
		});
	}

	@Test
	void withoutJavaScriptTheLookupIsAPageOfItsOwn() throws Exception {
		answerSearch();

		String page = mvc.perform(lookup("en").param("q", "nordiska"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("<main", "Institutions on Wikidata", "value=\"nordiska\"", ">Q1140826<",
				"Back to the request form");
	}

	@Test
	void whenWikidataFailsTheListSaysSoInTheirLanguage() throws Exception {
		wikidata.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(anyUrl())
			.willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));

		String swedish = mvc.perform(lookup("sv").param("partnerName", "nordiska")
				.header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String english = mvc.perform(lookup("en").param("partnerName", "nordiska")
				.header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(swedish).contains("Det gick inte att söka på Wikidata just nu").doesNotContain("data-qid");
		assertThat(english).contains("Wikidata could not be searched just now");
	}

	@Test
	void nothingTypedAsksWikidataNothing() throws Exception {
		String fragment = mvc.perform(lookup("en").param("partnerName", "  ").header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(fragment).doesNotContain("data-qid").doesNotContain("cdx-message");
		assertThat(wikidata.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void nothingMatchingSaysSo() throws Exception {
		wikidata.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/w/api.php"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json; charset=utf-8")
				.withBody("{\"searchinfo\":{\"search\":\"xyzzy\"},\"search\":[],\"success\":1}")));

		assertThat(mvc.perform(lookup("en").param("partnerName", "xyzzy").header("HX-Request", "true"))
			.andReturn().getResponse().getContentAsString()).contains("No item on Wikidata matches “xyzzy”");
	}

	@Test
	void visitorsAreSentToSignIn() throws Exception {
		mvc.perform(get(LOOKUP).param("q", "nordiska")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		assertThat(wikidata.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void theFormLooksTheNameUpAsItIsTypedAndLoadsItsScript() throws Exception {
		String form = mvc.perform(get("/hubs/content-partnerships/requests/new?uselang=en")
				.with(SignedIn.as(people, person.getUsername())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(form).contains("hx-get=\"" + LOOKUP + "\"", "hx-target=\"#partnerQid-matches\"",
				"id=\"partnerQid-matches\"", "id=\"partnerQid-chosen\"", "/js/institution-lookup.js",
				"id=\"partnerQid\"");
		mvc.perform(get("/js/institution-lookup.js")).andExpect(status().isOk());
	}

	/** The lookup in this language ({@code uselang} is read from the address, never from a form). */
	private MockHttpServletRequestBuilder lookup(String language) {
		return get(LOOKUP + "?uselang=" + language).with(SignedIn.as(people, person.getUsername()));
	}

	private static void answerSearch() throws IOException {
		try (InputStream in = RequestFormInstitutionTests.class.getResourceAsStream("/wikimedia/wikidata/search-nordiska.json")) {
			wikidata.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/w/api.php"))
				.withQueryParam("action", equalTo("wbsearchentities"))
				.willReturn(aResponse().withHeader("Content-Type", "application/json; charset=utf-8")
					.withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
		}
	}
}
