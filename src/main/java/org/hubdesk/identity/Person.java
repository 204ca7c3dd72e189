package org.hubdesk.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who uses Hubdesk. A Wikimedia account is keyed on its {@code sub} (the username can
 * change); a local account has a password hash. A person has a language, a time zone, the languages
 * they read besides it (normalised language tags, loaded only when asked for), the country they
 * declared and their declared affiliations.
 */
@Entity
@Table(name = "person")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 255)
	private String username;

	@Column(name = "display_name", length = 255)
	private String displayName;

	@Column(length = 320)
	private String email;

	@Column(name = "password_hash", length = 500)
	private String passwordHash;

	@Column(name = "wikimedia_sub", unique = true)
	private Long wikimediaSub;

	@Column(length = 20)
	private String language;

	@Column(name = "time_zone", length = 60)
	private String timeZone;

	@Column(name = "country_code", length = 2)
	private String countryCode;

	@Column(name = "instance_admin", nullable = false)
	private boolean instanceAdmin;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_sign_in_at")
	private Instant lastSignInAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "person_affiliation", joinColumns = @JoinColumn(name = "person_id"))
	@OrderBy("declaredAt")
	private List<Affiliation> affiliations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "person_read_language", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "language_tag", nullable = false, length = LanguageTags.MAX_LENGTH)
	private Set<String> readLanguages = new LinkedHashSet<>();

	@Version
	private long version;

	protected Person() {
	}

	Person(String username) {
		this.username = username;
		this.createdAt = Instant.now();
	}

	static Person local(String username, String passwordHash) {
		Person person = new Person(username);
		person.passwordHash = passwordHash;
		return person;
	}

	static Person wikimedia(long sub, String username) {
		Person person = new Person(username);
		person.wikimediaSub = sub;
		return person;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	/** The name to show: the display name when set, else the username. */
	public String getName() {
		return displayName == null || displayName.isBlank() ? username : displayName;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	/** Whether this person can sign in with a password. */
	public boolean isLocalAccount() {
		return passwordHash != null;
	}

	public Long getWikimediaSub() {
		return wikimediaSub;
	}

	/** The preferred interface language (a language tag), or null when none was chosen. */
	public String getLanguage() {
		return language;
	}

	/** The time zone (an IANA zone id), or null when none was chosen. */
	public String getTimeZone() {
		return timeZone;
	}

	/** The country the person declared they live in (an ISO 3166-1 two-letter code), or null. */
	public String getCountryCode() {
		return countryCode;
	}

	public boolean isInstanceAdmin() {
		return instanceAdmin;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastSignInAt() {
		return lastSignInAt;
	}

	public List<Affiliation> getAffiliations() {
		return Collections.unmodifiableList(affiliations);
	}

	void rename(String username) {
		this.username = username;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void setInstanceAdmin(boolean instanceAdmin) {
		this.instanceAdmin = instanceAdmin;
	}

	void updateProfile(String displayName, String email, String language, String timeZone) {
		this.displayName = displayName;
		this.email = email;
		this.language = language;
		this.timeZone = timeZone;
	}

	void setLanguage(String language) {
		this.language = language;
	}

	void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	void setEmailIfAbsent(String email) {
		if (this.email == null && email != null && !email.isBlank()) {
			this.email = email;
		}
	}

	void setDisplayNameIfAbsent(String name) {
		if (this.displayName == null && name != null && !name.isBlank()) {
			this.displayName = name;
		}
	}

	/** The languages declared as read, normalised; loaded lazily, so only inside a transaction. */
	Set<String> declaredReadLanguages() {
		return Set.copyOf(readLanguages);
	}

	/**
	 * Declares the languages read, replacing those declared before.
	 * @throws org.hubdesk.shared.Refusal for a tag that is not understood or too many (nothing changes)
	 */
	void declareReadLanguages(Collection<String> tags) {
		List<String> normalised = LanguageTags.normaliseAll(tags);
		readLanguages.retainAll(normalised);
		readLanguages.addAll(normalised);
	}

	boolean declare(Long affiliateId) {
		if (affiliations.stream().anyMatch(a -> a.getAffiliateId().equals(affiliateId))) {
			return false;
		}
		return affiliations.add(new Affiliation(affiliateId));
	}

	/** Marks the declared affiliation verified; false when the person never declared it. */
	boolean verify(Long affiliateId) {
		Optional<Affiliation> declared = affiliations.stream().filter(a -> a.getAffiliateId().equals(affiliateId))
			.findFirst();
		declared.ifPresent(Affiliation::verify);
		return declared.isPresent();
	}

	/**
	 * The affiliate a new request of this person's is most likely made for: the one they declared or,
	 * of several, the one verified; none when that leaves a choice.
	 */
	public Optional<Long> likelyAffiliate() {
		List<Affiliation> candidates = affiliations.size() == 1 ? affiliations
				: affiliations.stream().filter(Affiliation::isVerified).toList();
		return candidates.size() == 1 ? Optional.of(candidates.get(0).getAffiliateId()) : Optional.empty();
	}

	boolean withdraw(Long affiliateId) {
		return affiliations.removeIf(a -> a.getAffiliateId().equals(affiliateId));
	}

	void signedIn(Instant now) {
		this.lastSignInAt = now;
	}
}
