package org.hubdesk.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.hubdesk.directory.Directory;
import org.hubdesk.identity.Affiliation;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.identity.PersonPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person in the REST API. */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

	private final People people;
	private final Directory directory;

	MeApiController(People people, Directory directory) {
		this.people = people;
		this.directory = directory;
	}

	record AffiliationJson(long affiliateId, String name, boolean verified) {
	}

	/**
	 * {@code readLanguages}: the language tags the person declared they read (their interface language
	 * aside); {@code country}: the two-letter code of the country they declared, or null.
	 */
	record MeJson(String username, String name, String language, String timeZone, Set<String> readLanguages,
			String country, boolean wikimediaAccount, Instant memberSince, List<AffiliationJson> affiliations) {
	}

	@GetMapping
	MeJson me(@AuthenticationPrincipal PersonPrincipal me) {
		Person person = people.byId(me.personId()).orElseThrow();
		List<AffiliationJson> affiliations = person.getAffiliations().stream()
			.map(a -> json(a))
			.toList();
		return new MeJson(person.getUsername(), person.getName(), person.getLanguage(), person.getTimeZone(),
				people.declaredReadLanguages(person.getId()), person.getCountryCode(), person.getWikimediaSub() != null,
				person.getCreatedAt(), affiliations);
	}

	private AffiliationJson json(Affiliation a) {
		String name = directory.affiliate(a.getAffiliateId()).map(x -> x.getName()).orElse(null);
		return new AffiliationJson(a.getAffiliateId(), name, a.isVerified());
	}
}
