package org.hubdesk.web;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@DemoTest
class LocaleTests {

	static final String HUB = "/hubs/content-partnerships";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Hubs hubs;

	@Test
	void uselangChoosesTheLanguageOfThatPageViewOnly() throws Exception {
		mvc.perform(get(HUB + "?uselang=sv").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<html lang=\"sv\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Hjälpen som hubben erbjuder")));
		mvc.perform(get(HUB).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("The help this hub offers")));
	}

	@Test
	void theBrowsersLanguageIsUsedWhenNothingElseIsChosen() throws Exception {
		mvc.perform(get(HUB).header("Accept-Language", "sv-FI,sv;q=0.9,en;q=0.5"))
			.andExpect(content().string(containsString("lang=\"sv\"")));
		mvc.perform(get(HUB).header("Accept-Language", "de-DE,de;q=0.9"))
			.andExpect(content().string(containsString("lang=\"en\"")));
	}

	@Test
	void aSignedInPersonsSavedPreferenceBeatsTheBrowser() throws Exception {
		mvc.perform(get(HUB).with(SignedIn.as(people, "requester")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("lang=\"sv\"")))
			.andExpect(content().string(containsString("Inloggad som Rut Requester")));
	}

	@Test
	void theSwitcherSavesTheChoiceInACookieWhenSignedOut() throws Exception {
		mvc.perform(post("/language").param("lang", "sv").param("return", HUB).with(csrf()))
			.andExpect(redirectedUrl(HUB))
			.andExpect(cookie().value("hubdesk-lang", "sv"));
		mvc.perform(get(HUB).cookie(new Cookie("hubdesk-lang", "sv")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("lang=\"sv\"")));
	}

	@Test
	void theSwitcherSavesTheSignedInPersonsPreference() throws Exception {
		Person person = SignedIn.newPerson(people, "switcher");
		mvc.perform(post("/language").param("lang", "sv").param("return", "/account")
				.with(SignedIn.as(people, person.getUsername())).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		assertThat(people.byId(person.getId()).orElseThrow().getLanguage()).isEqualTo("sv");
	}

	@Test
	void theSwitcherNeverSendsPeopleToAnotherSite() throws Exception {
		for (String target : List.of("https://evil.example", "//evil.example", "/\\evil.example")) {
			mvc.perform(post("/language").param("lang", "en").param("return", target).with(csrf()))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void theHubsDefaultLanguageServesVisitorsWhoStateNone() throws Exception {
		String slug = "svensk-" + System.nanoTime();
		hubs.createFromTemplate("content-partnerships", slug, "Svensk hubb", SignedIn.randomPrefix(), List.of("sv", "en"),
				"sv");
		mvc.perform(get("/hubs/" + slug))
			.andExpect(content().string(containsString("lang=\"sv\"")));
		mvc.perform(get(HUB))
			.andExpect(content().string(containsString("lang=\"en\"")));
	}
}
