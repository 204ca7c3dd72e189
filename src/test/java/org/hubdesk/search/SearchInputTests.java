package org.hubdesk.search;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Whatever a person types in the search box or its address gives results or a clear message, never a failure. */
@DemoTest
class SearchInputTests {

	static final String SEARCH = "/hubs/content-partnerships/search";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@ParameterizedTest
	@ValueSource(strings = { "a~", "a~2", "museum~1", "\"two words\"~3", "~", "a~~2 -b |c*" })
	void fuzzyAndProximitySyntaxIsReadAsWords(String q) throws Exception {
		mvc.perform(get(SEARCH).param("q", q).with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("search-hits")));
		mvc.perform(get(SEARCH + "/suggest").param("q", q).with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/hubs/content-partnerships/search").param("q", q).with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk());
	}

	@Test
	void aSearchOfTooManyWordsOrLettersIsRefusedWithTheWordsKept() throws Exception {
		String many = "museum* ".repeat(HubSearch.MAX_WORDS + 1).strip();
		String long_ = "m".repeat(HubSearch.MAX_CHARACTERS + 1);
		for (String q : new String[] { many, long_ }) {
			mvc.perform(get(SEARCH).param("q", q).queryParam("uselang", "sv").with(SignedIn.as(people, "staff")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"search-q-error\"")))
				.andExpect(content().string(containsString("högst 32 ord och 1")))
				.andExpect(content().string(containsString("000 tecken")))
				.andExpect(content().string(containsString("value=\"" + q + "\"")));
			mvc.perform(get("/api/v1/hubs/content-partnerships/search").param("q", q).with(SignedIn.as(people, "staff")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("q"));
			// suggestions follow a few words typed; for more there are none, and no failure
			mvc.perform(get(SEARCH + "/suggest").param("q", q).with(SignedIn.as(people, "staff")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<a"))));
		}
		mvc.perform(get(SEARCH).param("q", "museum* ".repeat(HubSearch.MAX_WORDS).strip()).with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("search-q-error"))));
	}

	@Test
	void aMalformedEscapeInTheAddressIsNoFailure() throws Exception {
		mvc.perform(get(SEARCH).param("q", "museum").with(SignedIn.as(people, "staff")).with(request -> {
			request.setQueryString("q=museum&uselang=%ZZ");
			return request;
		}))
			.andExpect(status().isOk());
	}

	@Test
	void aPageFarPastTheLastIsAnEmptyPageThatSaysSo() throws Exception {
		for (String page : new String[] { "107374182", "2147483647", "500" }) {
			mvc.perform(get(SEARCH).param("q", "museum").param("page", page).with(SignedIn.as(people, "staff")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("There is nothing on this page")))
				.andExpect(content().string(containsString("Go to the first page")));
		}
		// the API, unlike the page, refuses a page past its reach and names the field (see RequestApiInputTests)
		mvc.perform(get("/api/v1/hubs/content-partnerships/search").param("q", "museum").param("page", "107374182")
				.with(SignedIn.as(people, "staff")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void aDateOutOfRangeIsNamedAtItsFieldInThePersonsLanguage() throws Exception {
		mvc.perform(get(SEARCH).param("q", "museum").param("from", "-999999999-01-01").param("to", "+999999999-12-31")
				.queryParam("uselang", "sv").with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filter-from-error\"")))
			.andExpect(content().string(containsString("id=\"filter-to-error\"")))
			.andExpect(content().string(containsString("Ange ett datum mellan åren 1900 och 9999")))
			.andExpect(content().string(containsString("value=\"-999999999-01-01\"")));
		mvc.perform(get(SEARCH).param("q", "museum").param("from", "not a date").with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a date between the years 1900 and 9999")))
			.andExpect(content().string(not(containsString("LocalDate"))));
		mvc.perform(get("/api/v1/hubs/content-partnerships/search").param("q", "museum")
				.param("from", "-999999999-01-01").with(SignedIn.as(people, "staff")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}
}
