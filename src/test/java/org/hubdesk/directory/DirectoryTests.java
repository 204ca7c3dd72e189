package org.hubdesk.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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
	void everyCountryHasARegion() {
		Map<String, Region> regions = directory.regionsOfCountries();
		assertThat(regions).as("the countries Java knows").containsOnlyKeys(Locale.getISOCountries());
		assertThat(regions.values()).as("regions of the seeded list").isSubsetOf(directory.regions());
		assertThat(regions.values().stream().map(Region::getCode).distinct())
			.containsExactlyInAnyOrder("MENA", "SSA", "SA", "ESEAP", "CEECA", "LAC", "USCA", "NWE");
		Map<String, String> spotChecks = Map.of("SE", "NWE", "KE", "SSA", "IN", "SA", "BR", "LAC", "ID", "ESEAP",
				"UA", "CEECA", "EG", "MENA", "CA", "USCA", "SA", "MENA", "TR", "CEECA");
		spotChecks.forEach((country, region) -> assertThat(directory.regionOfCountry(country))
			.as(country).get().extracting(Region::getCode).isEqualTo(region));
		assertThat(directory.regionOfCountry(" se ")).get().extracting(Region::getCode).isEqualTo("NWE");
		assertThat(directory.regionOfCountry("XX")).isEmpty();
		assertThat(directory.regionOfCountry(null)).isEmpty();
		assertThat(directory.regionOfCountry("")).isEmpty();
	}

	@Test
	void theDemoAffiliatesAreInTheirCountriesRegions() {
		List<String> demo = List.of("Wikimedia Sverige", "Amical Wikimedia", "Wikimedia Argentina",
				"Wikimedia Ghana User Group", "Wikimedians of the Levant User Group", "Wikimedia Bangladesh",
				"Wikimedia Indonesia", "Wikimedia Ukraine", "Wikimedia Canada", "Wikimedia Medicine");
		assertThat(demo).allSatisfy(name -> {
			Affiliate affiliate = directory.affiliateNamed(name).orElseThrow();
			assertThat(directory.regionOfCountry(affiliate.getCountryCode())).as(name).get()
				.extracting(Region::getCode).isEqualTo(affiliate.getRegion().getCode());
		});
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
	void anAffiliateWithoutAChosenRegionIsInItsCountrysRegion() throws Exception {
		String name = "Wikimedia Test " + System.nanoTime();
		mvc.perform(get("/directory/affiliates/new?uselang=sv").with(SignedIn.as(people, "admin")))
			.andExpect(content().string(containsString("<option value=\"\">Landets region</option>")));
		mvc.perform(post("/directory/affiliates").with(SignedIn.as(people, "admin")).with(csrf())
				.param("name", name).param("type", "USER_GROUP").param("countryCode", "NP")
				.param("regionCode", "").param("size", "SMALL"))
			.andExpect(redirectedUrl("/directory#affiliates"));
		assertThat(directory.affiliateNamed(name).orElseThrow().getRegion().getCode()).isEqualTo("SA");
		assertThat(directory.addAffiliate(name + " 2", AffiliateType.CHAPTER, "MX", null, AffiliateSize.SMALL, null)
			.getRegion().getCode()).isEqualTo("LAC");
		assertThat(directory.addAffiliate(name + " 3", AffiliateType.CHAPTER, "MX", "USCA", AffiliateSize.SMALL, null)
			.getRegion().getCode()).as("a region chosen").isEqualTo("USCA");
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
