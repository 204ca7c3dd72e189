package org.hubdesk.identity;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hubdesk.identity.internal.PersonRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: finding them, creating accounts, their preferences and affiliations. */
@Service
@Transactional(readOnly = true)
public class People {

	private final PersonRepository people;
	private final PasswordEncoder passwords;
	private final Languages languages;
	private final Clock clock;

	People(PersonRepository people, PasswordEncoder passwords, Languages languages, Clock clock) {
		this.people = people;
		this.passwords = passwords;
		this.languages = languages;
		this.clock = clock;
	}

	public Optional<Person> byId(long id) {
		return people.findById(id);
	}

	public Optional<Person> byUsername(String username) {
		return username == null ? Optional.empty() : people.findByUsernameIgnoreCase(username.strip());
	}

	public List<Person> byIds(Iterable<Long> ids) {
		List<Long> list = new ArrayList<>();
		ids.forEach(list::add);
		return list.isEmpty() ? List.of() : people.findByIdIn(list);
	}

	/** The names of the people with these ids, by id; the unknown ones are left out. */
	public Map<Long, String> names(Collection<Long> ids) {
		return namesOf(ids).stream().collect(Collectors.toMap(PersonName::id, PersonName::name, (a, b) -> a));
	}

	/** The people with these ids as names, in no particular order; the unknown ones are left out. */
	public List<PersonName> namesOf(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : people.findNamesByIdIn(ids);
	}

	public long count() {
		return people.count();
	}

	/** The signed-in person of the current request, if any. */
	public Optional<Person> current() {
		return PersonPrincipal.current().flatMap(p -> people.findById(p.personId()));
	}

	/** Creates a local account. @throws UsernameTakenException when the name is taken */
	@Transactional
	public Person createLocal(String username, String rawPassword, String displayName, boolean instanceAdmin) {
		String name = username.strip();
		if (people.findByUsernameIgnoreCase(name).isPresent()) {
			throw new UsernameTakenException(name);
		}
		Person person = Person.local(name, passwords.encode(rawPassword));
		person.setDisplayNameIfAbsent(displayName);
		person.setInstanceAdmin(instanceAdmin);
		return people.save(person);
	}

	/**
	 * Finds or creates the person of a Wikimedia account, keyed on {@code sub}, and follows a change of
	 * username. @throws UsernameTakenException when another account has that username
	 */
	@Transactional
	public Person signInWithWikimedia(long sub, String username, String realName, String email) {
		Optional<Person> other = people.findByUsernameIgnoreCase(username);
		Person person = people.findByWikimediaSub(sub).orElse(null);
		if (other.isPresent() && (person == null || !other.get().getId().equals(person.getId()))) {
			throw new UsernameTakenException(username);
		}
		if (person == null) {
			person = Person.wikimedia(sub, username);
		}
		else if (!person.getUsername().equals(username)) {
			person.rename(username);
		}
		person.setDisplayNameIfAbsent(realName);
		person.setEmailIfAbsent(email);
		person.signedIn(clock.instant());
		return people.save(person);
	}

	/** The principal a signed-in person is represented by in the security context. */
	public PersonPrincipal principalOf(Person person) {
		return new PersonPrincipal(person);
	}

	@Transactional
	public void recordSignIn(long personId) {
		people.findById(personId).ifPresent(p -> p.signedIn(clock.instant()));
	}

	@Transactional
	public Person updateProfile(long personId, String displayName, String email, String language, String timeZone) {
		if (language != null && !language.isBlank() && !languages.isShipped(language)) {
			throw new IllegalArgumentException("Unsupported language " + language);
		}
		if (timeZone != null && !timeZone.isBlank() && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
			throw new IllegalArgumentException("Unknown time zone " + timeZone);
		}
		Person person = people.findById(personId).orElseThrow();
		person.updateProfile(blankToNull(displayName), blankToNull(email), blankToNull(language),
				blankToNull(timeZone));
		return person;
	}

	@Transactional
	public void changeLanguage(long personId, String language) {
		Locale locale = languages.match(language).orElseThrow(
				() -> new IllegalArgumentException("Unsupported language " + language));
		people.findById(personId).ifPresent(p -> p.setLanguage(locale.toLanguageTag()));
	}

	/** Changes a local account's password; false when the current password is wrong. */
	@Transactional
	public boolean changePassword(long personId, String currentPassword, String newPassword) {
		Person person = people.findById(personId).orElseThrow();
		if (!person.isLocalAccount() || !passwords.matches(currentPassword, person.getPasswordHash())) {
			return false;
		}
		person.setPasswordHash(passwords.encode(newPassword));
		return true;
	}

	@Transactional
	public boolean declareAffiliation(long personId, long affiliateId) {
		return people.findById(personId).orElseThrow().declare(affiliateId);
	}

	/** Marks an affiliation the person declared as verified by staff; false when they never declared it. */
	@Transactional
	public boolean verifyAffiliation(long personId, long affiliateId) {
		return people.findById(personId).orElseThrow().verify(affiliateId);
	}

	@Transactional
	public boolean withdrawAffiliation(long personId, long affiliateId) {
		return people.findById(personId).orElseThrow().withdraw(affiliateId);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
