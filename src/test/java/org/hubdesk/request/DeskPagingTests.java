package org.hubdesk.request;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.hubdesk.request.desk.DeskQuery;
import org.hubdesk.shared.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A page number far past the last, or past what any page can be, shows an empty page that says so. */
@DemoTest
class DeskPagingTests {

	static final String DESK = "/hubs/content-partnerships/desk";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void aHugePageNumberIsAnEmptyPageWithAWayBack() throws Exception {
		for (String page : new String[] { "85899346", "2147483647", "400" }) {
			mvc.perform(get(DESK).param("page", page).param("sort", "number").with(SignedIn.as(people, "staff")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("There is nothing on this page")))
				.andExpect(content().string(containsString("href=\"/hubs/content-partnerships/desk?sort=number\"")))
				.andExpect(content().string(not(containsString("No request matches this view."))));
		}
		mvc.perform(get(DESK).param("page", "85899346").queryParam("uselang", "sv").with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Det finns inget på den här sidan")));
	}

	@Test
	void thePageNumberIsBoundInOnePlaceForTheDeskAndTheSearch() {
		assertThat(new DeskQuery(null, null, null, null, null, null, null, null, null, null, Integer.MAX_VALUE).page())
			.isEqualTo(Paging.bound(Integer.MAX_VALUE, DeskQuery.PAGE_SIZE))
			.isEqualTo(Paging.MAX_ROWS / DeskQuery.PAGE_SIZE);
		assertThat(Paging.offset(Integer.MAX_VALUE, 20)).isEqualTo(Paging.MAX_ROWS);
		assertThat(Paging.bound(-3, 20)).isZero();
		assertThat(Paging.bound(null, 20)).isZero();
	}
}
