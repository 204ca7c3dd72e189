package org.hubdesk.directory.internal;

import static org.hubdesk.directory.AffiliateSize.LARGE;
import static org.hubdesk.directory.AffiliateSize.MEDIUM;
import static org.hubdesk.directory.AffiliateSize.SMALL;
import static org.hubdesk.directory.AffiliateType.CHAPTER;
import static org.hubdesk.directory.AffiliateType.THEMATIC_ORGANISATION;
import static org.hubdesk.directory.AffiliateType.USER_GROUP;

import org.hubdesk.directory.AffiliateSize;
import org.hubdesk.directory.AffiliateType;
import org.hubdesk.directory.Directory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo data (profile {@code demo} only): affiliates of every type across the regions, thematic groups. */
@Component
@Profile("demo")
@Order(10)
class DirectoryDemoData implements ApplicationRunner {

	private final Directory directory;

	DirectoryDemoData(Directory directory) {
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		affiliate("Wikimedia Sverige", CHAPTER, "SE", "NWE", LARGE, "https://wikimedia.se");
		affiliate("Wikimedia Deutschland", CHAPTER, "DE", "NWE", LARGE, "https://www.wikimedia.de");
		affiliate("Amical Wikimedia", THEMATIC_ORGANISATION, "ES", "NWE", MEDIUM, null);
		affiliate("Wikimedia Argentina", CHAPTER, "AR", "LAC", MEDIUM, null);
		affiliate("Wiki Movimento Brasil User Group", USER_GROUP, "BR", "LAC", SMALL, null);
		affiliate("Wikimedia Ghana User Group", USER_GROUP, "GH", "SSA", SMALL, null);
		affiliate("Wikimedia User Group Nigeria", USER_GROUP, "NG", "SSA", MEDIUM, null);
		affiliate("Wikimedians of the Levant User Group", USER_GROUP, "JO", "MENA", SMALL, null);
		affiliate("Wikimedia Bangladesh", CHAPTER, "BD", "SA", MEDIUM, null);
		affiliate("Wikimedia Indonesia", CHAPTER, "ID", "ESEAP", MEDIUM, null);
		affiliate("Wikimedia Ukraine", CHAPTER, "UA", "CEECA", MEDIUM, null);
		affiliate("Wikimedia Canada", CHAPTER, "CA", "USCA", SMALL, null);
		affiliate("Wikimedia Medicine", THEMATIC_ORGANISATION, "US", "USCA", SMALL, null);

		group("Wiki Loves Monuments", "The photo contest of cultural heritage monuments.",
				"https://www.wikilovesmonuments.org");
		group("Wiki Loves Earth", "The photo contest of natural heritage and protected areas.",
				"https://wikilovesearth.org");
		group("Wiki Loves Folklore", "The photo contest of folk culture.", null);
		group("Wiki Loves Africa", "The contest of media about everyday life on the African continent.", null);
		group("GLAM-Wiki", "Galleries, libraries, archives and museums working with the Wikimedia projects.", null);

		if (directory.partnerInstitutionNamed("Nationalmuseum").isEmpty()) {
			directory.addPartnerInstitution("Nationalmuseum", null, "SE", "https://www.nationalmuseum.se");
		}
	}

	private void affiliate(String name, AffiliateType type, String country, String region, AffiliateSize size,
			String website) {
		if (directory.affiliateNamed(name).isEmpty()) {
			directory.addAffiliate(name, type, country, region, size, website);
		}
	}

	private void group(String name, String description, String website) {
		if (directory.thematicGroupNamed(name).isEmpty()) {
			directory.addThematicGroup(name, description, website);
		}
	}
}
