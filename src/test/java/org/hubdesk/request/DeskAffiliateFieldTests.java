package org.hubdesk.request;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.directory.Directory;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The desk's affiliate filter is a field with suggestions as one types, not a list of every
 * affiliate in the directory: the page carries none of them, the suggestions come from the server,
 * and without them a name typed by hand filters by the one affiliate it means.
 */
@DemoTest
class DeskAffiliateFieldTests {

	private static final String DESK = "/hubs/content-partnerships/desk";
	private static final Pattern REFERENCE = Pattern.compile("CP-\\d+");

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Directory directory;

	@Test
	void theDeskListsNoAffiliatesItIsNotShowing() throws Exception {
		String page = page(DESK + "?state=CLOSED&state=WITHDRAWN&state=COMPLETED");
		assertThat(page).contains("id=\"affiliate-options\"");
		String options = page.substring(page.indexOf("id=\"affiliate-options\""));
		assertThat(options.substring(0, options.indexOf("</datalist>"))).doesNotContain("<option");
	}

	@Test
	void aNameTypedByHandFiltersLikeTheChosenAffiliate() throws Exception {
		long sverige = directory.affiliateNamed("Wikimedia Sverige").orElseThrow().getId();
		String byId = page(DESK + "?affiliate=" + sverige);
		String byName = page(DESK + "?affiliateName=sverige");
		assertThat(references(byName)).isNotEmpty().isEqualTo(references(byId));
		assertThat(byName).contains("value=\"Wikimedia Sverige\"");
	}

	@Test
	void aNameThatMeansNoSingleAffiliateSaysSoAndKeepsWhatWasTyped() throws Exception {
		String page = page(DESK + "?affiliateName=Wikimedia&uselang=en");
		assertThat(page).contains("No single affiliate is called “Wikimedia”").contains("value=\"Wikimedia\"");
		assertThat(page(DESK + "?affiliateName=Wikimedia&uselang=sv")).contains("Ingen enskild organisation heter ”Wikimedia”");
	}

	@Test
	void filtersTheAddressHoldsButNoFormOffersAreLeftOutWithAWordAndTheTypedNameKept() throws Exception {
		String page = page(DESK + "?need=NaN&state=NO_SUCH_STATE&platform=x&affiliateName=Wikimedia&uselang=sv");
		assertThat(page).contains("Adressen innehåller filter som inte kunde läsas").contains("value=\"Wikimedia\"");
		// a blank state is no state at all, not an unreadable one
		String blank = mvc.perform(get(DESK).param("state", " \t ").param("uselang", "en").with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(blank).doesNotContain("could not be read").contains("Desk of");
	}

	@Test
	void aSavedViewWhoseQueryNoAddressCanCarryGoesBackToThePlainDesk() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(DESK + "/views")
			.param("viewName", "Long").param("query", "q=" + "museum ".repeat(6000))
			.with(SignedIn.as(people, "staff"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(DESK));
	}

	@Test
	void suggestionsFollowWhatIsTypedForStaffOnly() throws Exception {
		String options = mvc.perform(get(DESK + "/affiliates").param("affiliateName", "wikimedia s")
			.with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(options).contains("<option value=\"Wikimedia Sverige\">").doesNotContain("Amical");
		mvc.perform(get(DESK + "/affiliates?affiliateName=wiki").with(SignedIn.as(people, "requester")))
			.andExpect(status().isForbidden());
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static Set<String> references(String page) {
		Set<String> found = new TreeSet<>();
		Matcher m = REFERENCE.matcher(page);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}
}
