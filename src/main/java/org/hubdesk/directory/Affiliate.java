package org.hubdesk.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A movement affiliate: a chapter, a thematic organisation, a user group or another body. */
@Entity
@Table(name = "affiliate")
public class Affiliate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private AffiliateType type;

	@Column(name = "country_code", nullable = false, length = 2)
	private String countryCode;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "region_id")
	private Region region;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AffiliateSize size;

	@Column(length = 500)
	private String website;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Affiliate() {
	}

	public Affiliate(String name, AffiliateType type, String countryCode, Region region, AffiliateSize size,
			String website) {
		this.name = name;
		this.type = type;
		this.countryCode = countryCode;
		this.region = region;
		this.size = size;
		this.website = website;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public AffiliateType getType() {
		return type;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public Region getRegion() {
		return region;
	}

	public AffiliateSize getSize() {
		return size;
	}

	public String getWebsite() {
		return website;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
