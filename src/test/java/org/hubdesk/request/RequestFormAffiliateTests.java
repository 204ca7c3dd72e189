package org.hubdesk.request;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Directory;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The request form starts from the affiliate the requester declared, and a draft keeps its own. */
@DemoTest
class RequestFormAffiliateTests {

	static final String NEW = "/hubs/content-partnerships/requests/new";

	static final Pattern SELECTED = Pattern.compile("<option value=\"(\\d*)\" selected=\"selected\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Directory directory;

	@Test
	void theOneDeclaredAffiliateIsPreselected() throws Exception {
		Person person = SignedIn.newPerson(people, "declared");
		long affiliate = affiliates().get(0).getId();
		people.declareAffiliation(person.getId(), affiliate);
		assertThat(selectedAffiliate(newForm(person))).isEqualTo(String.valueOf(affiliate));
	}

	@Test
	void ofSeveralTheVerifiedOneIsPreselectedAndOtherwiseNone() throws Exception {
		Person person = SignedIn.newPerson(people, "several");
		long first = affiliates().get(0).getId();
		long second = affiliates().get(1).getId();
		people.declareAffiliation(person.getId(), first);
		people.declareAffiliation(person.getId(), second);
		assertThat(selectedAffiliate(newForm(person))).isEmpty();
		people.verifyAffiliation(person.getId(), second);
		assertThat(selectedAffiliate(newForm(person))).isEqualTo(String.valueOf(second));
	}

	@Test
	void aDraftKeepsTheAffiliateItHolds() throws Exception {
		Person person = SignedIn.newPerson(people, "drafter");
		long declared = affiliates().get(0).getId();
		long other = affiliates().get(1).getId();
		people.declareAffiliation(person.getId(), declared);
		String none = mvc.perform(post(NEW).with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("action", "draft").param("title", "Without an affiliate"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(selectedAffiliate(page(none, person))).isEmpty();
		String another = mvc.perform(post(NEW).with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("action", "draft").param("title", "For another affiliate")
				.param("affiliateId", String.valueOf(other)))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(selectedAffiliate(page(another, person))).isEqualTo(String.valueOf(other));
	}

	@Test
	void aBlankChoiceAmongThePlatformsAndNeedsChoosesNothing(@Autowired Requests requests) throws Exception {
		Person person = SignedIn.newPerson(people, "blankchoice");
		String draft = mvc.perform(post(NEW).with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("action", "draft").param("title", "Blank choices").param("platforms", "COMMONS", " \t  ")
				.param("needIds", " "))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(draft).as("the draft is saved").contains("/requests/drafts/");
		long id = Long.parseLong(draft.substring(draft.lastIndexOf('/') + 1));
		String again = mvc.perform(post(draft).with(SignedIn.as(people, person.getUsername())).with(csrf())
				.param("action", "draft").param("title", "Blank choices").param("platforms", " \t  ")
				.param("version", String.valueOf(requests.byId(id).orElseThrow().getVersion())))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(again).isEqualTo(draft);
		assertThat(requests.byId(id).orElseThrow().getPlatforms()).isEmpty();
	}

	private List<Affiliate> affiliates() {
		return directory.affiliates();
	}

	private String newForm(Person person) throws Exception {
		return page(NEW, person);
	}

	private String page(String path, Person person) throws Exception {
		return mvc.perform(get(path).with(SignedIn.as(people, person.getUsername()))).andReturn().getResponse()
			.getContentAsString();
	}

	/** The value of the affiliate select's selected option ("" for none / other). */
	private static String selectedAffiliate(String html) {
		String select = html.substring(html.indexOf("id=\"affiliateId\""));
		select = select.substring(0, select.indexOf("</select>"));
		Matcher m = SELECTED.matcher(select);
		return m.find() ? m.group(1) : "";
	}
}
