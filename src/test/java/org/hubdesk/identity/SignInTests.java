package org.hubdesk.identity;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void aDemoAccountSignsInWithTheFormAndOut() throws Exception {
		MvcResult signIn = mvc.perform(post("/login").param("username", "staff").param("password", "demo").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
		mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sam Staff")));
		mvc.perform(post("/logout").session(session).with(csrf()))
			.andExpect(redirectedUrl("/?signedout"));
		mvc.perform(get("/account").session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void theFormIsRefusedWithoutItsCsrfToken() throws Exception {
		MvcResult refused = mvc.perform(post("/login").param("username", "staff").param("password", "demo"))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(refused.getRequest().getAttribute(SecurityAttributes.CSRF_REJECTED)).isEqualTo(Boolean.TRUE);
	}

	@Test
	void aWrongPasswordGoesBackToTheFormWithTheUsernameKept() throws Exception {
		mvc.perform(post("/login").param("username", "staff").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/login?error=failed&username=staff"));
		mvc.perform(get("/login").param("error", "failed").param("username", "staff"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The username or password is wrong.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"staff\"")));
	}

	@Test
	void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		Person person = SignedIn.newPerson(people, "locking");
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", person.getUsername()).param("password", "nope").with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/login").param("username", person.getUsername())
				.param("password", "correct horse battery").with(csrf()))
			.andExpect(redirectedUrl("/login?error=locked&username=" + person.getUsername()));
		assertThat(people.isLocked(people.byId(person.getId()).orElseThrow())).isTrue();
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		Person person = SignedIn.newPerson(people, "recovering");
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/login").param("username", person.getUsername()).param("password", "nope").with(csrf()));
		}
		mvc.perform(post("/login").param("username", person.getUsername())
				.param("password", "correct horse battery").with(csrf()))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").param("username", person.getUsername()).param("password", "nope").with(csrf()));
		mvc.perform(post("/login").param("username", person.getUsername())
				.param("password", "correct horse battery").with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void passwordsAreStoredHashedWithTheirAlgorithm() {
		Person person = SignedIn.newPerson(people, "hashed");
		String hash = people.byId(person.getId()).orElseThrow().getPasswordHash();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse battery");
	}

	@Test
	void theSignInPageOffersWikimediaOnlyWhenConfigured() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("/oauth2/authorization/wikimedia"))));
		mvc.perform(get("/oauth2/authorization/wikimedia"))
			.andExpect(redirectedUrl("/login"));
	}
}
