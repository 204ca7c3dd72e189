package org.hubdesk.identity.internal;

import org.hubdesk.directory.Directory;
import org.hubdesk.identity.LanguageTags;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts (profile {@code demo} only), each with the password {@code demo}; their roles are
 * granted by the hub's demo data. {@code member1} declares the same affiliate as {@code requester},
 * who prefers Swedish. Each declares the languages they read, so that the committee's members between
 * them read some requests and not others ({@code member2} reads no Swedish, {@code member1} no French).
 */
@Component
@Profile("demo")
@Order(20)
class IdentityDemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private final People people;
	private final Directory directory;

	IdentityDemoData(People people, Directory directory) {
		this.people = people;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		account("admin", "Alex Admin", true, "en", "Europe/Stockholm", null, "en, sv");
		account("staff", "Sam Staff", false, "en", "Europe/Stockholm", "Wikimedia Sverige", "en, sv");
		account("chair", "Chris Chair", false, "en", "Europe/Berlin", "Wikimedia Deutschland", "en, de");
		account("member1", "Maja Member", false, "sv", "Europe/Stockholm", "Wikimedia Sverige", "sv, en");
		account("member2", "Kwame Member", false, "en", "Africa/Accra", "Wikimedia Ghana User Group", "en, fr");
		account("member3", "Lucía Member", false, "en", "America/Argentina/Buenos_Aires", "Wikimedia Argentina",
				"en, es");
		account("requester", "Rut Requester", false, "sv", "Europe/Stockholm", "Wikimedia Sverige", "sv, en");
		account("requester2", "Ama Requester", false, "en", "Africa/Accra", "Wikimedia Ghana User Group", "en, ak");
		account("expert", "Eva Expert", false, "en", "Europe/Kyiv", "Wikimedia Ukraine", "uk, en, pl");
		account("researcher", "Rafael Researcher", false, "en", "America/Sao_Paulo", null, "pt-BR, en, es");
	}

	private void account(String username, String name, boolean instanceAdmin, String language, String zone,
			String affiliate, String readLanguages) {
		if (people.byUsername(username).isPresent()) {
			return;
		}
		Person person = people.createLocal(username, PASSWORD, name, instanceAdmin);
		people.updateProfile(person.getId(), name, username + "@hubdesk.invalid", language, zone);
		people.declareReadLanguages(person.getId(), LanguageTags.parse(readLanguages));
		if (affiliate != null) {
			directory.affiliateNamed(affiliate)
				.ifPresent(a -> people.declareAffiliation(person.getId(), a.getId()));
		}
	}
}
