package org.hubdesk.hub;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoTest
class AdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Hubs hubs;

	@Test
	void theInstanceAdminCreatesAHubFromTheTemplateWithItsCodebook() throws Exception {
		String slug = "heritage-" + System.nanoTime();
		String prefix = SignedIn.randomPrefix();
		mvc.perform(post("/admin/hubs").with(SignedIn.as(people, "admin")).with(csrf())
				.param("template", "content-partnerships").param("slug", slug).param("name", "Heritage Hub")
				.param("numberPrefix", prefix).param("languages", "en, sv, fi").param("defaultLanguage", "fi"))
			.andExpect(redirectedUrl("/admin/hubs/" + slug));
		Hub hub = hubs.bySlug(slug).orElseThrow();
		assertThat(hub.getLanguages()).containsExactly("en", "sv", "fi");
		assertThat(hub.getNumberPrefix()).isEqualTo(prefix);
		assertThat(hubs.codebook(hub)).extracting(n -> n.need().getCode())
			.containsExactly("resources", "know-how", "training", "hands-on", "collaboration", "capacity", "tools",
					"learning");
		assertThat(hubs.codebook(hub).get(3).children()).extracting(n -> n.need().getCode())
			.contains("batch-upload");
		mvc.perform(get("/hubs/" + slug).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Massuppladdning till Wikimedia Commons")));
	}

	@Test
	void aRefusedHubComesBackWithWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/hubs").with(SignedIn.as(people, "admin")).with(csrf())
				.param("template", "content-partnerships").param("slug", "Not A Slug").param("name", "Typed Name")
				.param("numberPrefix", "CP").param("languages", "en").param("defaultLanguage", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Typed Name\"")))
			.andExpect(content().string(containsString("value=\"Not A Slug\"")))
			.andExpect(content().string(containsString("Use lower-case letters, digits and single hyphens")));
		mvc.perform(post("/admin/hubs").with(SignedIn.as(people, "admin")).with(csrf())
				.param("template", "content-partnerships").param("slug", "fresh-" + System.nanoTime())
				.param("name", "Typed Name").param("numberPrefix", "CP").param("languages", "en")
				.param("defaultLanguage", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another hub already numbers its requests with this prefix.")));
	}

	@Test
	void theInstanceAdminGrantsAndRemovesRolesByUsername() throws Exception {
		Person person = SignedIn.newPerson(people, "newstaff");
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		mvc.perform(post("/admin/hubs/content-partnerships/roles").with(SignedIn.as(people, "admin")).with(csrf())
				.param("username", person.getUsername()).param("role", "STAFF"))
			.andExpect(redirectedUrl("/admin/hubs/content-partnerships"));
		assertThat(hubs.rolesOf(hub, person.getId())).containsExactly(HubRole.STAFF);
		mvc.perform(get("/admin/hubs/content-partnerships").with(SignedIn.as(people, "admin")))
			.andExpect(content().string(containsString(person.getUsername())));
		mvc.perform(post("/admin/hubs/content-partnerships/roles/delete").with(SignedIn.as(people, "admin"))
				.with(csrf()).param("personId", person.getId().toString()).param("role", "STAFF"))
			.andExpect(redirectedUrl("/admin/hubs/content-partnerships"));
		assertThat(hubs.rolesOf(hub, person.getId())).isEmpty();
	}

	@Test
	void grantingToAnUnknownUsernameSaysSo() throws Exception {
		mvc.perform(post("/admin/hubs/content-partnerships/roles").with(SignedIn.as(people, "admin")).with(csrf())
				.param("username", "nobody-by-this-name").param("role", "STAFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nobody has this username.")))
			.andExpect(content().string(containsString("value=\"nobody-by-this-name\"")));
	}

	@Test
	void onlyTheInstanceAdminAdministers() throws Exception {
		mvc.perform(get("/admin").with(SignedIn.as(people, "staff"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/hubs/content-partnerships/roles").with(SignedIn.as(people, "staff")).with(csrf())
				.param("username", "staff").param("role", "ADMIN"))
			.andExpect(status().isForbidden());
		assertThat(hubs.rolesOf(hubs.bySlug("content-partnerships").orElseThrow(),
				people.byUsername("staff").orElseThrow().getId())).doesNotContain(HubRole.ADMIN);
		mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theDemoAccountsHoldTheirRoles() {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		assertThat(hub.getName()).isEqualTo("Content Partnerships Hub");
		assertThat(hub.getNumberPrefix()).isEqualTo("CP");
		assertThat(hub.getLanguages()).containsExactly("en", "sv");
		assertThat(hubs.rolesOf(hub, id("staff"))).containsExactly(HubRole.STAFF);
		assertThat(hubs.rolesOf(hub, id("chair"))).contains(HubRole.COMMITTEE_CHAIR);
		assertThat(hubs.rolesOf(hub, id("member2"))).containsExactly(HubRole.COMMITTEE_MEMBER);
		assertThat(hubs.rolesOf(hub, id("requester2"))).containsExactly(HubRole.REQUESTER);
		assertThat(hubs.rolesOf(hub, id("expert"))).containsExactly(HubRole.EXPERT);
		assertThat(hubs.rolesOf(hub, id("researcher"))).containsExactly(HubRole.RESEARCHER);
		assertThat(people.byUsername("admin").orElseThrow().isInstanceAdmin()).isTrue();
	}

	@Test
	void anyoneSignedInBecomesARequesterOfAnOpenHub() {
		Person person = SignedIn.newPerson(people, "asker");
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		assertThat(hubs.becomeRequester(hub, person.getId())).isTrue();
		assertThat(hubs.rolesOf(hub, person.getId())).containsExactly(HubRole.REQUESTER);
	}

	private Long id(String username) {
		return people.byUsername(username).orElseThrow().getId();
	}
}
