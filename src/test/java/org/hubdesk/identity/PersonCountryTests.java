package org.hubdesk.identity;

import java.util.List;
import java.util.Map;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person declares the country they live in on their account page; others read it in bulk. */
@DemoTest
class PersonCountryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void aPersonSavesTheirCountryAndSeesItChosen() throws Exception {
		Person person = SignedIn.newPerson(people, "country");
		mvc.perform(get("/account").with(SignedIn.as(people, person.getUsername())).header("Accept-Language", "sv"))
			.andExpect(content().string(containsString("<option value=\"\">Inte angivet</option>")))
			.andExpect(content().string(containsString("<option value=\"KE\">Kenya</option>")))
			.andExpect(content().string(containsString("<option value=\"SE\">Sverige</option>")));
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("language", "en").param("countryCode", "KE"))
			.andExpect(redirectedUrl("/account"));
		assertThat(people.byId(person.getId()).orElseThrow().getCountryCode()).isEqualTo("KE");
		mvc.perform(get("/account").with(SignedIn.as(people, person.getUsername())))
			.andExpect(content().string(containsString("<option value=\"KE\" selected=\"selected\">Kenya</option>")))
			.andExpect(content().string(containsString("<option value=\"\">Not stated</option>")));
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("language", "en"))
			.andExpect(redirectedUrl("/account"));
		assertThat(people.byId(person.getId()).orElseThrow().getCountryCode()).as("a form without the field")
			.isEqualTo("KE");
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("language", "en").param("countryCode", ""))
			.andExpect(redirectedUrl("/account"));
		assertThat(people.byId(person.getId()).orElseThrow().getCountryCode()).as("not stated").isNull();
	}

	@Test
	void anUnknownCountryIsRefusedBesideTheFieldInThePersonsLanguage() throws Exception {
		Person person = SignedIn.newPerson(people, "nocountry");
		people.declareCountry(person.getId(), "NO");
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.header("Accept-Language", "sv")
				.param("displayName", "Kept Name").param("language", "sv").param("countryCode", "XQ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Kept Name\"")))
			.andExpect(content().string(containsString("<option value=\"XQ\" selected=\"selected\">XQ</option>")))
			.andExpect(content().string(containsString("id=\"countryCode-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"countryCode-error countryCode-help\"")))
			.andExpect(content().string(containsString("Välj ett land i listan.")));
		Person unchanged = people.byId(person.getId()).orElseThrow();
		assertThat(unchanged.getCountryCode()).isEqualTo("NO");
		assertThat(unchanged.getDisplayName()).isNull();
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("language", "en").param("countryCode", "Sweden"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a country from the list.")));
		mvc.perform(get("/account").with(SignedIn.as(people, person.getUsername())))
			.andExpect(content().string(not(containsString("countryCode-error"))))
			.andExpect(content().string(containsString("<option value=\"NO\" selected=\"selected\">Norway</option>")));
	}

	@Test
	void peopleDeclareCountriesInEitherCaseAndNothingElse() {
		Person person = SignedIn.newPerson(people, "declares");
		assertThat(people.declareCountry(person.getId(), " br ")).contains("BR");
		assertThat(people.byId(person.getId()).orElseThrow().getCountryCode()).isEqualTo("BR");
		assertThatThrownBy(() -> people.declareCountry(person.getId(), "ZZ")).isInstanceOf(Refusal.class)
			.extracting("field", "messageKey").containsExactly(People.COUNTRY_FIELD, "validation.country");
		assertThat(people.byId(person.getId()).orElseThrow().getCountryCode()).isEqualTo("BR");
		assertThat(people.declareCountry(person.getId(), null)).isEmpty();
		assertThat(people.byId(person.getId()).orElseThrow().getCountryCode()).isNull();
	}

	@Test
	void theCountriesOfSeveralPeopleAreReadTogether() {
		Person indian = SignedIn.newPerson(people, "india");
		Person ukrainian = SignedIn.newPerson(people, "ukraine");
		Person silent = SignedIn.newPerson(people, "silent");
		people.declareCountry(indian.getId(), "IN");
		people.declareCountry(ukrainian.getId(), "ua");
		assertThat(people.countries(List.of(indian.getId(), ukrainian.getId(), silent.getId(), -7L)))
			.containsOnly(Map.entry(indian.getId(), "IN"), Map.entry(ukrainian.getId(), "UA"));
		assertThat(people.countries(List.of())).isEmpty();
	}

	@Test
	void theApiShowsTheDeclaredCountry() throws Exception {
		Person person = SignedIn.newPerson(people, "apicountry");
		mvc.perform(get("/api/v1/me").with(SignedIn.as(people, person.getUsername())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.country").value(nullValue()));
		people.declareCountry(person.getId(), "EG");
		mvc.perform(get("/api/v1/me").with(SignedIn.as(people, person.getUsername())))
			.andExpect(jsonPath("$.country").value("EG"));
	}
}
