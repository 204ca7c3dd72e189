package org.hubdesk.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The region a country belongs to: a row of the mapping a migration writes for every ISO 3166-1
 * country, read only.
 */
@Entity
@Immutable
@Table(name = "region_country")
public class RegionCountry {

	@Id
	@Column(name = "country_code", length = 2)
	private String countryCode;

	@Column(name = "region_id", nullable = false)
	private Long regionId;

	protected RegionCountry() {
	}

	/** The country's two-letter code, upper case. */
	public String getCountryCode() {
		return countryCode;
	}

	public Long getRegionId() {
		return regionId;
	}
}
