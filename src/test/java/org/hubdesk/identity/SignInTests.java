package org.hubdesk.identity;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

	@Autowired
	ApiTokens tokens;

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
		mvc.perform(post("/login").param("username", "staff").param("password", "wrong").with(csrf())
				.with(from("192.0.2.1")))
			.andExpect(redirectedUrl("/login?error=failed&username=staff"));
		mvc.perform(get("/login").param("error", "failed").param("username", "staff"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The username or password is wrong")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"staff\"")));
	}

	@Test
	void anAddressThatKeepsFailingIsHeldBackEvenWithTheRightPassword() throws Exception {
		Person person = SignedIn.newPerson(people, "throttled");
		for (int i = 0; i < 5; i++) {
			signIn(person.getUsername(), "nope", "203.0.113.10").andExpect(status().is3xxRedirection());
		}
		MvcResult held = signIn(person.getUsername(), "correct horse battery", "203.0.113.10")
			.andExpect(redirectedUrl("/login?error=failed&username=" + person.getUsername()))
			.andReturn();
		assertThat(held.getRequest().getSession(false) == null
				|| held.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null)
			.as("not signed in").isTrue();
	}

	@Test
	void anAttackersFailuresNeverStopTheOwnerSigningInFromTheirOwnAddress() throws Exception {
		Person person = SignedIn.newPerson(people, "targeted");
		for (int i = 0; i < 7; i++) {
			signIn(person.getUsername(), "guess" + i, "203.0.113.20");
		}
		signIn(person.getUsername(), "correct horse battery", "198.51.100.20").andExpect(redirectedUrl("/"));
		// an IPv6 attacker cannot step around the throttle by changing the last bits of their address
		for (int i = 0; i < 5; i++) {
			signIn(person.getUsername(), "guess" + i, "2001:db8:20:1::" + (i + 1));
		}
		signIn(person.getUsername(), "correct horse battery", "2001:db8:20:1::99")
			.andExpect(redirectedUrl("/login?error=failed&username=" + person.getUsername()));
		signIn(person.getUsername(), "correct horse battery", "2001:db8:20:2::1").andExpect(redirectedUrl("/"));
	}

	@Test
	void anAddressTryingManyAccountsIsHeldBackForAll() throws Exception {
		Person person = SignedIn.newPerson(people, "sprayed");
		for (int i = 0; i < 20; i++) {
			signIn("nobody-" + i, "password", "203.0.113.30");
		}
		signIn(person.getUsername(), "correct horse battery", "203.0.113.30")
			.andExpect(redirectedUrl("/login?error=failed&username=" + person.getUsername()));
		signIn(person.getUsername(), "correct horse battery", "198.51.100.30").andExpect(redirectedUrl("/"));
	}

	@Test
	void heldBackWrongPasswordAndUnknownAccountAreAnsweredAlike() throws Exception {
		Person person = SignedIn.newPerson(people, "alike");
		for (int i = 0; i < 5; i++) {
			signIn(person.getUsername(), "nope", "203.0.113.40");
		}
		MvcResult held = signIn(person.getUsername(), "nope", "203.0.113.40").andReturn();
		MvcResult wrong = signIn(person.getUsername(), "nope", "198.51.100.40").andReturn();
		MvcResult heldRight = signIn(person.getUsername(), "correct horse battery", "203.0.113.40").andReturn();
		String unknownName = person.getUsername() + "-nobody";
		MvcResult unknown = signIn(unknownName, "nope", "198.51.100.41").andReturn();
		for (MvcResult result : new MvcResult[] { held, wrong, heldRight }) {
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/login?error=failed&username=" + person.getUsername());
		}
		assertThat(unknown.getResponse().getStatus()).isEqualTo(302);
		assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error=failed&username=" + unknownName);
		// the page the browser is sent to has one message for all of them; the old "locked" one is gone
		assertThat(errorMessage("locked")).isEqualTo(errorMessage("failed"))
			.isEqualTo("The username or password is wrong, or there have been too many tries from here: "
					+ "check them, or wait a few minutes and try again.");
	}

	private String errorMessage(String error) throws Exception {
		String page = mvc.perform(get("/login").param("error", error)).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher message = java.util.regex.Pattern
			.compile("class=\"cdx-message__content\">([^<]*)<").matcher(page);
		assertThat(message.find()).as("an error message on the page").isTrue();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(message.group(1));
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		Person person = SignedIn.newPerson(people, "recovering");
		for (int i = 0; i < 4; i++) {
			signIn(person.getUsername(), "nope", "192.0.2.50");
		}
		signIn(person.getUsername(), "correct horse battery", "192.0.2.50").andExpect(redirectedUrl("/"));
		signIn(person.getUsername(), "nope", "192.0.2.50");
		signIn(person.getUsername(), "correct horse battery", "192.0.2.50").andExpect(redirectedUrl("/"));
	}

	@Test
	void failuresAtTheFormNeverStopThePersonsApiTokens() throws Exception {
		Person person = SignedIn.newPerson(people, "scripted");
		String secret = tokens.create(person.getId(), "cli").secret();
		for (int i = 0; i < 12; i++) {
			signIn(person.getUsername(), "guess" + i, "203.0.113.60");
		}
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret).with(from("203.0.113.60")))
			.andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username, String password, String address)
			throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(address)));
	}

	/** The request as if it came from this client address. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
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
