package org.hubdesk.directory;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
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
class DirectoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Directory directory;

	@Test
	void theEightRegionsAreSeededForEveryInstallation() {
		assertThat(directory.regions()).extracting(Region::getCode)
			.containsExactly("MENA", "SSA", "SA", "ESEAP", "CEECA", "LAC", "USCA", "NWE");
	}

	@Test
	void theDemoHasADozenAffiliatesOfEveryTypeAcrossTheRegions() {
		assertThat(directory.affiliates()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(directory.affiliates()).extracting(Affiliate::getType)
			.contains(AffiliateType.CHAPTER, AffiliateType.USER_GROUP, AffiliateType.THEMATIC_ORGANISATION);
		assertThat(directory.affiliates()).extracting(a -> a.getRegion().getCode()).hasSizeGreaterThan(6)
			.contains("MENA", "SSA", "SA", "ESEAP", "CEECA", "LAC", "USCA", "NWE");
		assertThat(directory.thematicGroups()).extracting(ThematicGroup::getName)
			.contains("Wiki Loves Monuments", "Wiki Loves Earth");
	}

	@Test
	void everyoneReadsTheDirectoryInTheirLanguage() throws Exception {
		mvc.perform(get("/directory").header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wikimedia Ghana User Group")))
			.andExpect(content().string(containsString("Användargrupp i Ghana, Afrika söder om Sahara")))
			.andExpect(content().string(containsString("Wiki Loves Earth")));
	}

	@Test
	void theInstanceAdminAddsAnAffiliate() throws Exception {
		String name = "Wikimedia Test " + System.nanoTime();
		mvc.perform(post("/directory/affiliates").with(SignedIn.as(people, "admin")).with(csrf())
				.param("name", name).param("type", "USER_GROUP").param("countryCode", "KE")
				.param("regionCode", "SSA").param("size", "SMALL").param("website", ""))
			.andExpect(redirectedUrl("/directory#affiliates"));
		Affiliate affiliate = directory.affiliateNamed(name).orElseThrow();
		assertThat(affiliate.getRegion().getCode()).isEqualTo("SSA");
		assertThat(affiliate.getCountryCode()).isEqualTo("KE");
	}

	@Test
	void aRefusedEntryComesBackWithWhatWasTyped() throws Exception {
		mvc.perform(post("/directory/institutions?uselang=sv").with(SignedIn.as(people, "admin")).with(csrf())
				.param("name", "Riksarkivet").param("wikidataQid", "42").param("countryCode", "SE")
				.param("website", "riksarkivet.se"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Riksarkivet\"")))
			.andExpect(content().string(containsString("value=\"42\"")))
			.andExpect(content().string(containsString("Ett Wikidataobjekt är Q följt av siffror")))
			.andExpect(content().string(containsString("Ange en webbadress")));
		assertThat(directory.partnerInstitutionNamed("Riksarkivet")).isEmpty();
		mvc.perform(post("/directory/affiliates").with(SignedIn.as(people, "admin")).with(csrf())
				.param("name", "Wikimedia Sverige").param("type", "CHAPTER").param("countryCode", "SE")
				.param("regionCode", "NWE").param("size", "LARGE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An entry with this name already exists.")));
	}

	@Test
	void onlyTheInstanceAdminAddsEntries() throws Exception {
		mvc.perform(post("/directory/thematic-groups").with(SignedIn.as(people, "staff")).with(csrf())
				.param("name", "Sneaky Group"))
			.andExpect(status().isForbidden());
		assertThat(directory.thematicGroupNamed("Sneaky Group")).isEmpty();
	}
}
