package org.hubdesk.hub;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A thematic hub: its address ({@code /hubs/{slug}}), name, request-number prefix, the languages it
 * works in and its default language, and whether it is open for requests.
 */
@Entity
@Table(name = "hub")
public class Hub {

	/** The longest language tag, in characters. */
	public static final int LANGUAGE_MAX = 20;

	/** The longest list of language tags (comma-separated), in characters. */
	public static final int LANGUAGES_MAX = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 60)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "number_prefix", nullable = false, length = 10)
	private String numberPrefix;

	@Column(name = "default_language", nullable = false, length = LANGUAGE_MAX)
	private String defaultLanguage;

	/** The hub's languages, comma-separated language tags. */
	@Column(nullable = false, length = LANGUAGES_MAX)
	private String languages;

	@Column(name = "open_for_requests", nullable = false)
	private boolean openForRequests;

	@Column(nullable = false, length = 60)
	private String template;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Hub() {
	}

	Hub(String slug, String name, String numberPrefix, List<String> languages, String defaultLanguage,
			String template) {
		this.slug = slug;
		this.name = name;
		this.numberPrefix = numberPrefix;
		this.languages = String.join(",", languages);
		this.defaultLanguage = defaultLanguage;
		this.template = template;
		this.openForRequests = true;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getNumberPrefix() {
		return numberPrefix;
	}

	public String getDefaultLanguage() {
		return defaultLanguage;
	}

	public List<String> getLanguages() {
		return Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public boolean isOpenForRequests() {
		return openForRequests;
	}

	public String getTemplate() {
		return template;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** The hub's version: it moves with every change of the hub, and of its codebook (see {@link Hubs#codebook}). */
	public long getVersion() {
		return version;
	}
}
