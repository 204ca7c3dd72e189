package org.hubdesk.web;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Redirects to an address the person gave (the page the language was switched on, a saved desk
 * view) take it literally, braces and all, and stay on this site.
 */
@DemoTest
class RedirectTests {

	static final String DESK = "/hubs/content-partnerships/desk";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void theLanguageSwitcherGoesBackToAnAddressWithBraces() throws Exception {
		mvc.perform(post("/language").param("lang", "sv").param("return", "/hubs/content-partnerships/search?q={foo}")
				.with(csrf()))
			.andExpect(redirectedUrl("/hubs/content-partnerships/search?q=%7Bfoo%7D"));
		mvc.perform(post("/language").param("lang", "sv").param("return", "/{foo}").with(csrf()))
			.andExpect(redirectedUrl("/%7Bfoo%7D"));
		for (String elsewhere : new String[] { "//evil.example/{foo}", "https://evil.example", "/\\evil.example",
				"/x\r\nSet-Cookie: a=b", "/x\u0000" }) {
			mvc.perform(post("/language").param("lang", "en").param("return", elsewhere).with(csrf()))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void aSavedViewWithBracesInItsQueryGoesBackToTheDesk() throws Exception {
		mvc.perform(post(DESK + "/views").with(SignedIn.as(people, "staff")).with(csrf())
				.param("viewName", "Braces {foo}").param("query", "view=waiting&region={foo}"))
			.andExpect(redirectedUrl(DESK + "?view=waiting&region=%7Bfoo%7D"));
		mvc.perform(post(DESK + "/views").with(SignedIn.as(people, "staff")).with(csrf())
				.param("viewName", "Control").param("query", "view=mine\r\nLocation: //evil.example"))
			.andExpect(redirectedUrl(DESK));
	}
}
