package org.hubdesk.directory.internal;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The regions of the countries, read only: a migration writes them. */
public interface RegionCountryRepository extends Repository<RegionCountry, String> {

	List<RegionCountry> findAll();
}
