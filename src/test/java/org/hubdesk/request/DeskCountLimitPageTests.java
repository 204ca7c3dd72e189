package org.hubdesk.request;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Past its count limit the desk says "more than", in the reader's language, and still pages on. */
@DemoTest
@TestPropertySource(properties = "hubdesk.desk.count-limit=5")
class DeskCountLimitPageTests {

	static final String DESK = "/hubs/content-partnerships/desk";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void theDeskSaysMoreThanItsLimitAndOffersTheNextPage() throws Exception {
		mvc.perform(get(DESK).with(SignedIn.as(people, "staff"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("More than 5 requests")))
			.andExpect(content().string(containsString("Page 1<")))
			.andExpect(content().string(not(containsString("Page 1 of"))))
			.andExpect(content().string(containsString("page=1")));
		mvc.perform(get(DESK + "?page=1&uselang=sv").with(SignedIn.as(people, "staff"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Fler än 5 förfrågningar")))
			.andExpect(content().string(containsString("Sida 2<")));
	}

	@Test
	void aNarrowFilterIsCountedExactly() throws Exception {
		mvc.perform(get(DESK + "?state=WITHDRAWN").with(SignedIn.as(people, "staff"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("More than"))));
	}

}
