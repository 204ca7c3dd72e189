package org.hubdesk.identity;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hubdesk.identity.internal.PersonRepository;
import org.hubdesk.shared.Refusal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: finding them, creating accounts, their preferences, the languages they read and their affiliations. */
@Service
@Transactional(readOnly = true)
public class People {

	/** The field a refused country is reported on. */
	public static final String COUNTRY_FIELD = "countryCode";

	private static final Set<String> COUNTRIES = Set.copyOf(
			Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

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

	/**
	 * The languages a person reads, as normalised tags in alphabetical order: those they declared and
	 * their interface language, when set. None for an unknown person.
	 */
	public Set<String> readLanguages(long personId) {
		return readLanguages(List.of(personId)).getOrDefault(personId, Set.of());
	}

	/**
	 * The languages each of these people reads, as {@link #readLanguages(long)}, by id, in one
	 * statement (for up to 512 people at a time); the unknown ids are left out.
	 */
	public Map<Long, Set<String>> readLanguages(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Set<String>> read = new HashMap<>();
		for (Object[] row : people.findLanguagesByIdIn(personIds)) {
			Set<String> tags = read.computeIfAbsent((Long) row[0], id -> new TreeSet<>());
			String interfaceLanguage = (String) row[1];
			if (!LanguageTags.primaryLanguage(interfaceLanguage).isEmpty()) {
				tags.add(Locale.forLanguageTag(interfaceLanguage.strip().replace('_', '-')).toLanguageTag());
			}
			if (row[2] != null) {
				tags.add((String) row[2]);
			}
		}
		read.replaceAll((id, tags) -> Collections.unmodifiableSet(tags));
		return read;
	}

	/**
	 * Whether a person reads a text in this language: whether one of the languages they read has the
	 * same primary language ({@code pt} reads {@code pt-BR}, {@code en-GB} reads {@code en}). A text
	 * without a language, or in one that no tag can be read from, is taken to be read.
	 */
	public boolean reads(long personId, String languageTag) {
		String language = LanguageTags.primaryLanguage(languageTag);
		return language.isEmpty()
				|| readLanguages(personId).stream().anyMatch(t -> LanguageTags.primaryLanguage(t).equals(language));
	}

	/**
	 * The languages a person declared they read, without the interface language, in alphabetical
	 * order; none for an unknown person.
	 */
	public Set<String> declaredReadLanguages(long personId) {
		return Collections.unmodifiableSet(new TreeSet<>(people.findReadLanguagesById(personId)));
	}

	/**
	 * Declares the languages a person reads, replacing those declared before (none clears them), and
	 * answers them as kept: normalised, each once, in alphabetical order.
	 * @throws org.hubdesk.shared.Refusal naming {@link LanguageTags#FIELD} for a tag that is not
	 *     understood or too long, or for more than {@link LanguageTags#MAX_COUNT} (nothing changes)
	 */
	@Transactional
	public Set<String> declareReadLanguages(long personId, Collection<String> languageTags) {
		Person person = people.findById(personId).orElseThrow();
		person.declareReadLanguages(languageTags);
		return Collections.unmodifiableSet(new TreeSet<>(person.declaredReadLanguages()));
	}

	/**
	 * Declares the country a person lives in, by its two-letter ISO 3166-1 code (in either case), and
	 * answers it as kept (upper case); none, or a blank code, clears it.
	 * @throws Refusal naming {@link #COUNTRY_FIELD} for a code that is no country (nothing changes)
	 */
	@Transactional
	public Optional<String> declareCountry(long personId, String countryCode) {
		String code = countryCode == null || countryCode.isBlank() ? null
				: countryCode.strip().toUpperCase(Locale.ROOT);
		if (code != null && !COUNTRIES.contains(code)) {
			throw new Refusal(COUNTRY_FIELD, "validation.country");
		}
		people.findById(personId).orElseThrow().setCountryCode(code);
		return Optional.ofNullable(code);
	}

	/**
	 * The countries these people declared, by id, in one statement (for up to 512 people at a time);
	 * who declared none, and the unknown ids, are left out.
	 */
	public Map<Long, String> countries(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> countries = new HashMap<>();
		for (Object[] row : people.findCountriesByIdIn(personIds)) {
			countries.put((Long) row[0], (String) row[1]);
		}
		return countries;
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
