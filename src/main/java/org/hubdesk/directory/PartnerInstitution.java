package org.hubdesk.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An institution whose content a partnership brings to the platforms: a museum, archive, library. */
@Entity
@Table(name = "partner_institution")
public class PartnerInstitution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "wikidata_qid", length = 20)
	private String wikidataQid;

	@Column(name = "country_code", length = 2)
	private String countryCode;

	@Column(length = 500)
	private String website;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PartnerInstitution() {
	}

	public PartnerInstitution(String name, String wikidataQid, String countryCode, String website) {
		this.name = name;
		this.wikidataQid = wikidataQid;
		this.countryCode = countryCode;
		this.website = website;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getWikidataQid() {
		return wikidataQid;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public String getWebsite() {
		return website;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
