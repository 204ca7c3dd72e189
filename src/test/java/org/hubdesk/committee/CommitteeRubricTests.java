package org.hubdesk.committee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.committee.internal.Settings;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.shared.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's rubric: a hub starts from its template's, shown publicly with its weights and the
 * ranking formula; the chair's edit makes a new version and leaves the earlier one as it was; bad
 * input comes back with what was typed; and when the hub gives the decisions to the committee, staff
 * are no longer offered them and cannot make them.
 */
@DemoTest
class CommitteeRubricTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	Rubrics rubrics;

	@Autowired
	Settings settings;

	@Autowired
	Requests requests;

	CommitteeHub committee;
	Hub hub;
	Person chair;
	Person member;
	Person staff;
	String base;

	@BeforeEach
	void setUp() {
		committee = new CommitteeHub(hubs, people, requests, "rubric");
		hub = committee.hub;
		chair = committee.seat("chair", HubRole.COMMITTEE_CHAIR);
		member = committee.seat("member", HubRole.COMMITTEE_MEMBER);
		staff = committee.staff;
		base = "/hubs/" + hub.getSlug();
	}

	@Test
	void theTemplatesRubricIsPublicWithItsWeightsAndTheFormula() throws Exception {
		mvc.perform(get(base + "/principles"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Usefulness on the platforms")))
			.andExpect(content().string(containsString("Legal and ethical soundness")))
			.andExpect(content().string(containsString("none (a gate)")))
			.andExpect(content().string(containsString("divided by the sum of the weights (11)")))
			.andExpect(content().string(containsString("= 0.20 in this hub")))
			.andExpect(content().string(not(containsString("Edit the rubric"))));
		mvc.perform(get(base + "/principles").queryParam("uselang", "sv"))
			.andExpect(content().string(containsString("Användning på plattformarna")))
			.andExpect(content().string(containsString("= 0,20 i detta nav")));
		Rubric first = rubrics.current(hub);
		assertThat(first.getNumber()).isEqualTo(1);
		assertThat(first.getCriteria()).hasSize(7);
		assertThat(first.scaled()).hasSize(6);
	}

	@Test
	void theChairsEditMakesTheNextVersionAndKeepsTheEarlierOne() throws Exception {
		Rubric first = rubrics.current(hub);
		mvc.perform(get(base + "/principles").with(SignedIn.as(people, chair.getUsername())))
			.andExpect(content().string(containsString("Edit the rubric")));
		mvc.perform(post(base + "/committee/rubric").with(SignedIn.as(people, chair.getUsername())).with(csrf())
				.param("action", "save").param("principles[en]", "Help those who will use it.")
				.param("principles[sv]", "Hjälp dem som använder det.").param("weights[en]", "Use weighs all.")
				.param("weights[sv]", "Användning väger allt.")
				.param("criteria[0].code", "usefulness").param("criteria[0].scale", "SCALE")
				.param("criteria[0].weight", "4").param("criteria[0].name[en]", "Use")
				.param("criteria[0].name[sv]", "Användning").param("criteria[0].description[en]", "Will it be used?")
				.param("criteria[0].description[sv]", "Används det?")
				.param("criteria[1].code", "legal-ethical").param("criteria[1].scale", "GATE")
				.param("criteria[1].weight", "0").param("criteria[1].name[en]", "Legal")
				.param("criteria[1].name[sv]", "Juridik").param("criteria[1].description[en]", "Free to share?")
				.param("criteria[1].description[sv]", "Fritt att dela?")
				.param("criteria[2].code", "risk").param("criteria[2].scale", "SCALE").param("criteria[2].weight", "1")
				.param("criteria[2].remove", "true"))
			.andExpect(status().is3xxRedirection());
		Rubric second = rubrics.current(hub);
		assertThat(second.getNumber()).isEqualTo(2);
		assertThat(second.getCriteria()).extracting(c -> c.getCode()).containsExactly("usefulness", "legal-ethical");
		assertThat(second.getCriteria().get(0).getWeight()).isEqualTo(4);
		assertThat(rubrics.version(first.getId()).orElseThrow().getCriteria()).hasSize(7);
		mvc.perform(get(base + "/principles"))
			.andExpect(content().string(containsString("Rubric version 2")))
			.andExpect(content().string(containsString("Help those who will use it.")))
			.andExpect(content().string(containsString("(4)")));
	}

	@Test
	void aBadEditComesBackWithWhatWasTypedAndMakesNoVersion() throws Exception {
		rubrics.current(hub);
		mvc.perform(post(base + "/committee/rubric").with(SignedIn.as(people, chair.getUsername())).with(csrf())
				.queryParam("uselang", "sv").param("action", "save").param("principles[en]", "Kept principles")
				.param("principles[sv]", "").param("weights[en]", "w").param("weights[sv]", "w")
				.param("criteria[0].scale", "SCALE").param("criteria[0].weight", "0")
				.param("criteria[0].name[en]", "Typed name").param("criteria[0].name[sv]", "Skrivet namn")
				.param("criteria[0].description[en]", "d").param("criteria[0].description[sv]", "d"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kept principles")))
			.andExpect(content().string(containsString("Skrivet namn")))
			.andExpect(content().string(containsString("id=\"principles-sv-error\"")))
			.andExpect(content().string(containsString("Ange en vikt från 1 till 10.")));
		assertThat(rubrics.current(hub).getNumber()).isEqualTo(1);
	}

	@Test
	void onlyTheChairEditsTheRubric() throws Exception {
		for (Person other : List.of(member, staff)) {
			mvc.perform(get(base + "/committee/rubric").with(SignedIn.as(people, other.getUsername())))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get(base + "/committee/rubric")).andExpect(status().is3xxRedirection());
		mvc.perform(get(base + "/committee/rubric").with(SignedIn.as(people, chair.getUsername())))
			.andExpect(status().isOk());
	}

	@Test
	void whenTheCommitteeDecidesStaffAreNeitherOfferedNorAllowedTheDecisions() throws Exception {
		HelpRequest request = inReview();
		String page = base + "/requests/" + request.getNumber();
		mvc.perform(get(page).with(SignedIn.as(people, staff.getUsername())))
			.andExpect(content().string(containsString("value=\"ACCEPTED\"")));
		settings.change(hub, true, true, 50, new BigDecimal("0.20"), 400);
		mvc.perform(get(page).with(SignedIn.as(people, staff.getUsername())))
			.andExpect(content().string(not(containsString("value=\"ACCEPTED\""))))
			.andExpect(content().string(containsString("The committee decides the requests it reviews")));
		HelpRequest current = requests.byId(request.getId()).orElseThrow();
		assertThatThrownBy(() -> requests.transition(current, current.getVersion(), RequestState.ACCEPTED,
				staff.getId(), "Staff accept", null, null))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.getMessageKey()).isEqualTo("committee.reserved.decides"));
		mvc.perform(post(page + "/transition").with(SignedIn.as(people, staff.getUsername())).with(csrf())
				.param("to", "ACCEPTED").param("reason", "Staff accept").param("version", String.valueOf(current.getVersion())))
			.andExpect(content().string(containsString("The committee decides the requests it reviews")));
		assertThat(requests.byId(request.getId()).orElseThrow().getState()).isEqualTo(RequestState.IN_REVIEW);
	}

	private HelpRequest inReview() {
		return committee.inReview(committee.inTriage(SignedIn.newPerson(people, "asker"), "Rubric request", "en", null,
				Set.of()));
	}
}
