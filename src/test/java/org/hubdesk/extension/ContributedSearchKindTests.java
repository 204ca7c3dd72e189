package org.hubdesk.extension;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.search.HubSearch;
import org.hubdesk.search.SearchKind;
import org.hubdesk.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A kind of result that another module contributes as a bean joins the hub's search as it is. */
@DemoTest
class ContributedSearchKindTests {

	@TestConfiguration
	static class Contributed {

		@Bean
		SearchKind affiliateRequestsKind() {
			return new AffiliateRequestsKind();
		}
	}

	@Autowired
	HubSearch search;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	Directory directory;

	@Autowired
	MockMvc mvc;

	@Test
	void theKindIsAmongTheKindsInItsOrderForThoseItAllows() {
		assertThat(search.kindsFor(viewer("staff"))).containsExactly("request", "message", "note", "affiliate",
				AffiliateRequestsKind.NAME, "group", "person");
		assertThat(search.kindsFor(viewer("requester2"))).containsExactly("request", "message", "affiliate",
				"group");
	}

	@Test
	void itsResultsAreCountedAndShownLikeAnyOther() throws Exception {
		long sverige = directory.affiliateNamed("Wikimedia Sverige").orElseThrow().getId();
		SearchResults results = search.search(viewer("staff"), "Sverige", AffiliateRequestsKind.NAME, null, 0);
		assertThat(results.kind()).isEqualTo(AffiliateRequestsKind.NAME);
		// the same affiliates as the built-in kind finds, leading elsewhere
		assertThat(results.counts().get(AffiliateRequestsKind.NAME)).isPositive()
			.isEqualTo(results.counts().get("affiliate")).isEqualTo(results.total());
		assertThat(results.hits()).allMatch(hit -> hit.kind().equals(AffiliateRequestsKind.NAME))
			.extracting(hit -> hit.link())
			.contains("/hubs/content-partnerships/desk?affiliate=" + sverige);
		assertThat(search.search(viewer("requester2"), "Sverige", AffiliateRequestsKind.NAME, null, 0).counts())
			.doesNotContainKey(AffiliateRequestsKind.NAME);
		mvc.perform(get("/api/v1/hubs/content-partnerships/search?q=Sverige&kind=" + AffiliateRequestsKind.NAME)
				.with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value(AffiliateRequestsKind.NAME))
			.andExpect(jsonPath("$.counts['" + AffiliateRequestsKind.NAME + "']").value((int) results.total()))
			.andExpect(jsonPath("$.hits[*].link",
					org.hamcrest.Matchers.hasItem("/hubs/content-partnerships/desk?affiliate=" + sverige)));
	}

	private HubViewer viewer(String username) {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		long id = people.byUsername(username).orElseThrow().getId();
		return new HubViewer(hub, id, hubs.rolesOf(hub, id));
	}
}
