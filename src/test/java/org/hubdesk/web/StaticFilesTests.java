package org.hubdesk.web;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The style sheets and scripts are served from their own folders; nothing else is looked up as a file. */
@DemoTest
class StaticFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void theStyleSheetsAndTheScriptAreServed() throws Exception {
		mvc.perform(get("/css/hubdesk.css")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"));
		mvc.perform(get("/vendor/codex/codex.style.css")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void pagesLinkToThemAndOtherPathsAreNotFiles() throws Exception {
		mvc.perform(get("/hubs/content-partnerships")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/css/hubdesk.css")))
			.andExpect(content().string(containsString("htmx.min.js")));
		mvc.perform(get("/application.properties").with(SignedIn.as(people, "staff"))).andExpect(status().isNotFound());
		mvc.perform(get("/static/css/hubdesk.css").with(SignedIn.as(people, "staff"))).andExpect(status().isNotFound());
	}

}
