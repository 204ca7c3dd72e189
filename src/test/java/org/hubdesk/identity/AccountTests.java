package org.hubdesk.identity;

import java.util.List;
import java.util.stream.IntStream;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoTest
class AccountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Directory directory;

	@Test
	void aPersonSavesTheirLanguageAndTimeZone() throws Exception {
		Person person = SignedIn.newPerson(people, "prefs");
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("displayName", "Märta Prefs").param("email", "marta@example.org")
				.param("language", "sv").param("timeZone", "Asia/Tokyo"))
			.andExpect(redirectedUrl("/account"));
		Person saved = people.byId(person.getId()).orElseThrow();
		assertThat(saved.getLanguage()).isEqualTo("sv");
		assertThat(saved.getTimeZone()).isEqualTo("Asia/Tokyo");
		assertThat(saved.getName()).isEqualTo("Märta Prefs");
		mvc.perform(get("/account").with(SignedIn.as(people, person.getUsername())))
			.andExpect(content().string(containsString("lang=\"sv\"")))
			.andExpect(content().string(containsString(java.time.format.DateTimeFormatter.ofPattern("HH:mm")
				.withZone(java.time.ZoneId.of("Asia/Tokyo")).format(saved.getCreatedAt()))));
	}

	@Test
	void aRefusedProfileComesBackWithWhatWasTypedAndAMessageInTheirLanguage() throws Exception {
		Person person = SignedIn.newPerson(people, "typo");
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.header("Accept-Language", "sv")
				.param("displayName", "Kept Name").param("email", "not-an-address")
				.param("language", "").param("timeZone", "Mars/Olympus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Kept Name\"")))
			.andExpect(content().string(containsString("value=\"not-an-address\"")))
			.andExpect(content().string(containsString("Ange en e-postadress")))
			.andExpect(content().string(containsString("Välj en tidszon i listan.")));
		assertThat(people.byId(person.getId()).orElseThrow().getDisplayName()).isNull();
	}

	@Test
	void aPersonDeclaresTheLanguagesTheyReadAndClearsThem() throws Exception {
		Person person = SignedIn.newPerson(people, "reads");
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("displayName", "").param("email", "").param("language", "en").param("timeZone", "")
				.param("readLanguages", " PT-br,  sv de,sv "))
			.andExpect(redirectedUrl("/account"));
		assertThat(people.declaredReadLanguages(person.getId())).containsExactly("de", "pt-BR", "sv");
		assertThat(people.readLanguages(person.getId())).containsExactly("de", "en", "pt-BR", "sv");
		mvc.perform(get("/account").with(SignedIn.as(people, person.getUsername())))
			.andExpect(content().string(containsString("value=\"de, pt-BR, sv\"")))
			.andExpect(content().string(containsString("aria-describedby=\"readLanguages-help\"")))
			.andExpect(content().string(containsString("id=\"readLanguages-help\"")))
			.andExpect(content().string(containsString("such as sv, en, pt-BR")));
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("language", "en"))
			.andExpect(redirectedUrl("/account"));
		assertThat(people.declaredReadLanguages(person.getId())).as("a form without the field")
			.containsExactly("de", "pt-BR", "sv");
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("language", "en").param("readLanguages", "  "))
			.andExpect(redirectedUrl("/account"));
		assertThat(people.declaredReadLanguages(person.getId())).isEmpty();
	}

	@Test
	void aBadLanguageTagComesBackAsTypedWithItsMessageBesideTheField() throws Exception {
		Person person = SignedIn.newPerson(people, "badtag");
		people.declareReadLanguages(person.getId(), List.of("fr"));
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("displayName", "Kept Name").param("language", "sv").param("readLanguages", "sv, swedish"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Kept Name\"")))
			.andExpect(content().string(containsString("value=\"sv, swedish\"")))
			.andExpect(content().string(containsString("“swedish” is not a language code")))
			.andExpect(content().string(containsString("id=\"readLanguages-error\"")))
			.andExpect(content().string(
					containsString("aria-describedby=\"readLanguages-error readLanguages-help\"")));
		Person unchanged = people.byId(person.getId()).orElseThrow();
		assertThat(unchanged.getDisplayName()).isNull();
		assertThat(unchanged.getLanguage()).isNull();
		assertThat(people.declaredReadLanguages(person.getId())).containsExactly("fr");
	}

	@Test
	void languageTagsAreRefusedInSwedishToo() throws Exception {
		Person person = SignedIn.newPerson(people, "svtag");
		String many = String.join(" ", IntStream.range(0, 21)
			.mapToObj(i -> "a" + (char) ('a' + i)).toList());
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.header("Accept-Language", "sv").param("readLanguages", "en, engelska"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"en, engelska\"")))
			.andExpect(content().string(containsString("”engelska” är ingen språkkod")));
		mvc.perform(post("/account").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.header("Accept-Language", "sv").param("readLanguages", many))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + many + "\"")))
			.andExpect(content().string(containsString("Ange högst 20 språk.")));
		assertThat(people.declaredReadLanguages(person.getId())).isEmpty();
	}

	@Test
	void aPersonDeclaresAndWithdrawsAffiliations() throws Exception {
		Person person = SignedIn.newPerson(people, "affiliated");
		long ghana = directory.affiliateNamed("Wikimedia Ghana User Group").orElseThrow().getId();
		long ukraine = directory.affiliateNamed("Wikimedia Ukraine").orElseThrow().getId();
		for (long id : new long[] { ghana, ukraine }) {
			mvc.perform(post("/account/affiliations").with(SignedIn.as(people, person.getUsername())).with(csrf())
					.param("affiliateId", String.valueOf(id)))
				.andExpect(redirectedUrl("/account#affiliations"));
		}
		assertThat(people.byId(person.getId()).orElseThrow().getAffiliations())
			.extracting(Affiliation::getAffiliateId).containsExactly(ghana, ukraine);
		mvc.perform(post("/account/affiliations/" + ghana + "/delete").with(SignedIn.as(people, person.getUsername()))
				.with(csrf()))
			.andExpect(redirectedUrl("/account#affiliations"));
		assertThat(people.byId(person.getId()).orElseThrow().getAffiliations())
			.extracting(Affiliation::getAffiliateId).containsExactly(ukraine);
		mvc.perform(get("/account").with(SignedIn.as(people, person.getUsername())))
			.andExpect(content().string(containsString("Wikimedia Ukraine")));
	}

	@Test
	void demoMember1SharesRequestersAffiliate() {
		assertThat(people.byUsername("member1").orElseThrow().getAffiliations())
			.extracting(Affiliation::getAffiliateId)
			.containsAnyElementsOf(people.byUsername("requester").orElseThrow().getAffiliations().stream()
				.map(Affiliation::getAffiliateId).toList());
		assertThat(people.byUsername("requester").orElseThrow().getLanguage()).isEqualTo("sv");
	}

	@Test
	void aPersonChangesTheirPasswordOnlyWithTheCurrentOne() throws Exception {
		Person person = SignedIn.newPerson(people, "rekey");
		mvc.perform(post("/account/password").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("currentPassword", "wrong one").param("newPassword", "a much longer secret")
				.param("confirmPassword", "a much longer secret"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not your current password.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("a much longer secret"))));
		mvc.perform(post("/account/password").with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("currentPassword", "correct horse battery").param("newPassword", "a much longer secret")
				.param("confirmPassword", "a much longer secret"))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(post("/login").param("username", person.getUsername()).param("password", "a much longer secret")
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void theAccountPageNeedsASignIn() throws Exception {
		mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
	}
}
