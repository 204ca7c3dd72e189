package org.hubdesk.committee;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.committee.internal.CommitteeSettings;
import org.hubdesk.committee.internal.Settings;
import org.hubdesk.hub.HubRole;
import org.hubdesk.identity.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hub's admins set how the committee works, on a page and in the API: a wrong number comes back
 * as typed with what is wrong, in the admin's language; a stale form changes nothing; the committee
 * itself, chair included, may not change them.
 */
@DemoTest
class CommitteeSettingsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Settings settings;

	CommitteeApiFixture f;
	Person admin;
	String page;

	@BeforeEach
	void setUp() {
		f = new CommitteeApiFixture(context);
		admin = SignedIn.newPerson(f.people, "hubadmin");
		f.hubs.grant(f.hub, admin.getUsername(), HubRole.ADMIN, null);
		page = "/hubs/" + f.hub.getSlug() + "/committee/settings";
	}

	@Test
	void anAdminChangesTheSettingsOnThePage() throws Exception {
		CommitteeSettings before = settings.of(f.hub);
		long revision = settings.revision(f.hub);
		String shown = f.mvc.perform(get(page).with(SignedIn.as(f.people, admin.getUsername())).queryParam("uselang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("How the committee works").contains("value=\"" + before.getQuorumPercent() + "\"");
		f.mvc.perform(post(page).with(SignedIn.as(f.people, admin.getUsername())).with(csrf())
				.params(form(revision, "60", "0,35", "520")))
			.andExpect(status().is3xxRedirection());
		CommitteeSettings after = settings.of(f.hub);
		assertThat(after.getQuorumPercent()).isEqualTo(60);
		assertThat(after.getEquityWeight()).isEqualByComparingTo(new BigDecimal("0.35"));
		assertThat(after.getStaffHoursPerQuarter()).isEqualTo(520);
		assertThat(after.isDecides()).isFalse();
	}

	@Test
	void aWrongNumberComesBackAsTypedWithWhatIsWrongAndNothingChanges() throws Exception {
		long revision = settings.revision(f.hub);
		String answer = f.mvc.perform(post(page).with(SignedIn.as(f.people, admin.getUsername())).with(csrf())
				.queryParam("uselang", "sv").params(form(revision, "fyrtio", "en femtedel", "400")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("value=\"fyrtio\"").contains("value=\"en femtedel\"")
			.contains("Ange en andel från 0 till 99 procent.")
			.contains("Ange en vikt från 0 till 1, med högst två decimaler.");
		// a number out of range is refused by the same rule the API follows
		String out = f.mvc.perform(post(page).with(SignedIn.as(f.people, admin.getUsername())).with(csrf())
				.queryParam("uselang", "en").params(form(revision, "40", "1.5", "400")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(out).contains("value=\"1.5\"").contains("Give a weight from 0 to 1, with at most two decimals.");
		assertThat(settings.revision(f.hub)).isEqualTo(revision);
	}

	@Test
	void aStaleFormChangesNothingAndSaysSo() throws Exception {
		long revision = settings.revision(f.hub);
		settings.change(f.hub, revision, true, true, 55, new BigDecimal("0.20"), 100);
		String answer = f.mvc.perform(post(page).with(SignedIn.as(f.people, admin.getUsername())).with(csrf())
				.queryParam("uselang", "en").params(form(revision, "70", "0.1", "50")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("Someone changed these settings while you had them open.");
		assertThat(settings.of(f.hub).getQuorumPercent()).isEqualTo(55);
	}

	@Test
	void theCommitteeItselfMayNotChangeThem() throws Exception {
		f.mvc.perform(get(page).with(SignedIn.as(f.people, f.chairPerson.getUsername())))
			.andExpect(status().isForbidden());
		f.send(put(f.base + "/settings"), f.chair, body(0L, 50, "0.2", 0)).andExpect(status().isForbidden());
	}

	@Test
	void theApiReadsAndChangesThemAndNamesTheFieldAtFault() throws Exception {
		String token = f.token(admin);
		MvcResult read = f.mvc.perform(CommitteeApiFixture.with(get(f.base + "/settings"), token))
			.andExpect(status().isOk()).andReturn();
		long version = Long.parseLong(read.getResponse().getContentAsString().replaceAll(".*\"version\":(\\d+).*", "$1"));
		f.send(put(f.base + "/settings"), token, body(version, 50, "1.5", 10))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("equityWeight"));
		f.send(put(f.base + "/settings"), token, body(version, 40, "0.25", 10))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quorumPercent").value(40))
			.andExpect(jsonPath("$.equityWeight").value(0.25));
		f.send(put(f.base + "/settings"), token, body(version, 45, "0.25", 10))
			.andExpect(status().isConflict())
			.andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith(
					MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(settings.of(f.hub).getQuorumPercent()).isEqualTo(40);
	}

	private static Map<String, Object> body(long version, int quorum, String lambda, int hours) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", version);
		body.put("decides", true);
		body.put("chairSeesScoresAtStart", true);
		body.put("quorumPercent", quorum);
		body.put("equityWeight", new BigDecimal(lambda));
		body.put("staffHoursPerQuarter", hours);
		return body;
	}

	private static org.springframework.util.MultiValueMap<String, String> form(long version, String quorum, String lambda,
			String hours) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("version", String.valueOf(version));
		form.add("chairSeesScoresAtStart", "true");
		form.add("quorumPercent", quorum);
		form.add("equityWeight", lambda);
		form.add("staffHoursPerQuarter", hours);
		return form;
	}
}
