package org.hubdesk.hub;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoTest
class HubApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void listsTheHubs() throws Exception {
		mvc.perform(get("/api/v1/hubs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].slug", hasItem("content-partnerships")));
	}

	@Test
	void aHubComesWithItsCodebookInTheCallersLanguageAndTheirRoles() throws Exception {
		mvc.perform(get("/api/v1/hubs/content-partnerships?uselang=sv")
				.with(SignedIn.as(people, "requester2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hub.numberPrefix").value("CP"))
			.andExpect(jsonPath("$.needs[0].code").value("resources"))
			.andExpect(jsonPath("$.needs[0].label").value("Resurser"))
			.andExpect(jsonPath("$.myRoles[0]").value("REQUESTER"));
	}

	@Test
	void theSignedInPersonReadsThemselves() throws Exception {
		mvc.perform(get("/api/v1/me").with(SignedIn.as(people, "requester")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("requester"))
			.andExpect(jsonPath("$.language").value("sv"))
			.andExpect(jsonPath("$.affiliations[0].name").value("Wikimedia Sverige"));
	}
}
