package org.hubdesk.extension;

import java.util.List;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.HubNavigation;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A module the request module does not know contributes an entry to the hub's navigation for the
 * role it serves: committee members see it, in their language, beside the entries of the hub and
 * the requests; a requester does not.
 */
@DemoTest
@Import(NavigationContributionTests.Contribution.class)
class NavigationContributionTests {

	private static final String HUB = "/hubs/content-partnerships";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@TestConfiguration
	static class Contribution {

		@Bean
		HubNavigation partnerBoard() {
			return viewer -> viewer.has(HubRole.COMMITTEE_MEMBER)
					? List.of(new HubNavigation.Entry("extension.nav", board(viewer), 40))
					: List.of();
		}

		private static String board(HubViewer viewer) {
			return "/hubs/" + viewer.hub().getSlug() + "/board";
		}
	}

	@Test
	void theRoleTheModuleServesSeesItsEntryAfterTheRequests() throws Exception {
		String page = page("member1", "en");
		assertThat(page).contains("href=\"" + HUB + "/board\"").contains("Partner board");
		assertThat(page.indexOf("href=\"" + HUB + "/requests\"")).as("my requests before the board")
			.isPositive()
			.isLessThan(page.indexOf("href=\"" + HUB + "/board\""));
		assertThat(page("member1", "sv")).contains("Partnertavla");
	}

	@Test
	void otherRolesDoNotSeeIt() throws Exception {
		assertThat(page("requester", "en")).doesNotContain(HUB + "/board").contains("href=\"" + HUB + "/requests\"");
	}

	private String page(String username, String language) throws Exception {
		return mvc.perform(get(HUB + "?uselang=" + language).with(SignedIn.as(people, username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
