package org.hubdesk.identity;

import java.util.List;
import java.util.Map;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoTest
class ApiTokenTests {

	static final String NEW_REQUEST = "/api/v1/hubs/content-partnerships/requests";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTokenIsShownOnceOnTheAccountPageAndStoredOnlyAsItsHash() throws Exception {
		Person person = SignedIn.newPerson(people, "tokens");
		MvcResult created = mvc.perform(post("/account/tokens").with(SignedIn.as(people, person.getUsername()))
				.with(csrf()).param("name", "Upload script"))
			.andExpect(redirectedUrl("/account#api-tokens"))
			.andReturn();
		FlashMap flash = created.getFlashMap();
		String secret = (String) flash.get("newToken");
		assertThat(secret).startsWith("hd_").hasSize(3 + 43);
		mvc.perform(get("/account").with(SignedIn.as(people, person.getUsername())).flashAttrs(flash))
			.andExpect(content().string(containsString(secret)))
			.andExpect(content().string(containsString("Upload script")));
		mvc.perform(get("/account").with(SignedIn.as(people, person.getUsername())))
			.andExpect(content().string(not(containsString(secret))))
			.andExpect(content().string(containsString("Upload script")))
			.andExpect(content().string(containsString(secret.substring(0, 8))));
		List<Map<String, Object>> rows = jdbc.queryForList("select * from api_token where person_id = ?",
				person.getId());
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("token_hash")).isEqualTo(ApiTokens.hash(secret));
		assertThat(rows.get(0).get("prefix")).isEqualTo(secret.substring(0, 8));
		assertThat(rows.get(0).values()).noneMatch(value -> String.valueOf(value).contains(secret.substring(8)));
	}

	@Test
	void aNamelessTokenIsRefused() throws Exception {
		Person person = SignedIn.newPerson(people, "nameless");
		MvcResult result = mvc.perform(post("/account/tokens").with(SignedIn.as(people, person.getUsername()))
				.with(csrf()).param("name", "  "))
			.andExpect(redirectedUrl("/account#api-tokens"))
			.andReturn();
		assertThat(result.getFlashMap().get("failed")).isEqualTo("account.token.name-invalid");
		assertThat(tokens.of(person.getId())).isEmpty();
	}

	@Test
	void aRefusedNameComesBackToTheFormAsTyped() throws Exception {
		Person person = SignedIn.newPerson(people, "longname");
		String typed = "laptop " + "x".repeat(120);
		MvcResult result = mvc.perform(post("/account/tokens").with(SignedIn.as(people, person.getUsername()))
				.with(csrf()).param("name", typed))
			.andExpect(redirectedUrl("/account#api-tokens"))
			.andReturn();
		assertThat(tokens.of(person.getId())).isEmpty();
		mvc.perform(get("/account").with(SignedIn.as(people, person.getUsername())).flashAttrs(result.getFlashMap()))
			.andExpect(content().string(containsString("value=\"" + typed + "\"")))
			.andExpect(content().string(containsString("at most 100 characters")));
	}

	@Test
	void aTokenSignsAnApiCallInAsItsPersonAndItsUseIsRecorded() throws Exception {
		Person person = SignedIn.newPerson(people, "bearer");
		ApiTokens.CreatedToken token = tokens.create(person.getId(), "cli");
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(person.getUsername()));
		assertThat(tokens.of(person.getId()).get(0).getLastUsedAt()).isNotNull();
	}

	@Test
	void anUnknownOrRevokedTokenIsRefusedWithProblemDetails() throws Exception {
		Person person = SignedIn.newPerson(people, "revoked");
		ApiTokens.CreatedToken token = tokens.create(person.getId(), "old");
		mvc.perform(post("/account/tokens/{id}/revoke", token.token().getId())
				.with(SignedIn.as(people, person.getUsername())).with(csrf()))
			.andExpect(redirectedUrl("/account#api-tokens"));
		MvcResult revoked = mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
			.andReturn();
		assertThat(revoked.getResponse().getRedirectedUrl()).isNull();
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer hd_notatoken"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 401)
				.requestAttr("jakarta.servlet.error.request_uri", "/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Sign-in needed"));
	}

	@Test
	void aRevokedTokenStaysRevokedAndOthersCannotRevokeYourTokens() throws Exception {
		Person owner = SignedIn.newPerson(people, "owner");
		Person other = SignedIn.newPerson(people, "other");
		ApiTokens.CreatedToken token = tokens.create(owner.getId(), "mine");
		MvcResult result = mvc.perform(post("/account/tokens/{id}/revoke", token.token().getId())
				.with(SignedIn.as(people, other.getUsername())).with(csrf()))
			.andReturn();
		assertThat(result.getFlashMap().get("failed")).isEqualTo("account.token.unknown");
		assertThat(tokens.authenticate(token.secret())).map(Person::getId).contains(owner.getId());
		assertThat(tokens.revoke(owner.getId(), token.token().getId())).isTrue();
		assertThat(tokens.authenticate(token.secret())).isEmpty();
	}

	@Test
	void tokenCallsNeedNoCsrfTokenButSessionCallsDo() throws Exception {
		Person person = SignedIn.newPerson(people, "csrf");
		ApiTokens.CreatedToken token = tokens.create(person.getId(), "script");
		mvc.perform(post(NEW_REQUEST).header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret())
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"A draft by script\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post(NEW_REQUEST).with(SignedIn.as(people, person.getUsername()))
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"A draft by session\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTokenOpensOnlyTheApiNotThePages() throws Exception {
		Person person = SignedIn.newPerson(people, "pages");
		ApiTokens.CreatedToken token = tokens.create(person.getId(), "script");
		mvc.perform(get("/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret()))
			.andExpect(redirectedUrl("/login"));
	}
}
