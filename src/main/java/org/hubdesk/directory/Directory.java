package org.hubdesk.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubdesk.directory.internal.AffiliateRepository;
import org.hubdesk.directory.internal.PartnerInstitutionRepository;
import org.hubdesk.directory.internal.RegionCountry;
import org.hubdesk.directory.internal.RegionCountryRepository;
import org.hubdesk.directory.internal.RegionRepository;
import org.hubdesk.directory.internal.ThematicGroupRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and adds directory entries: regions, affiliates, thematic groups and partner institutions. */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final RegionRepository regions;
	private volatile List<Region> allRegions;
	private final RegionCountryRepository countryRegions;
	private volatile Map<String, Region> regionsOfCountries;
	private final AffiliateRepository affiliates;
	private final ThematicGroupRepository groups;
	private final PartnerInstitutionRepository institutions;
	private final Countries countries;

	Directory(RegionRepository regions, RegionCountryRepository countryRegions, AffiliateRepository affiliates,
			ThematicGroupRepository groups, PartnerInstitutionRepository institutions, Countries countries) {
		this.regions = regions;
		this.countryRegions = countryRegions;
		this.affiliates = affiliates;
		this.groups = groups;
		this.institutions = institutions;
		this.countries = countries;
	}

	/**
	 * The regions of the movement, in order. They come with the schema (a migration writes them) and
	 * nothing changes them while Hubdesk runs, so they are read once.
	 */
	public List<Region> regions() {
		List<Region> known = allRegions;
		if (known == null) {
			known = List.copyOf(regions.findAllByOrderBySortOrderAsc());
			allRegions = known.isEmpty() ? null : known;
		}
		return known;
	}

	public Optional<Region> region(String code) {
		return regions.findByCode(code);
	}

	/**
	 * The region of every country, by its two-letter ISO 3166-1 code (upper case), the regions being
	 * those of {@link #regions()}. Every country {@link Countries} knows has one. A migration writes
	 * them and nothing changes them while Hubdesk runs, so they are read once.
	 */
	public Map<String, Region> regionsOfCountries() {
		Map<String, Region> known = regionsOfCountries;
		if (known == null) {
			Map<Long, Region> byId = regions().stream().collect(Collectors.toMap(Region::getId, Function.identity()));
			Map<String, Region> read = new HashMap<>();
			for (RegionCountry country : countryRegions.findAll()) {
				Region region = byId.get(country.getRegionId());
				if (region != null) {
					read.put(country.getCountryCode(), region);
				}
			}
			known = Map.copyOf(read);
			regionsOfCountries = known.isEmpty() ? null : known;
		}
		return known;
	}

	/** The region of a country, by its two-letter code (in either case); none for an unknown code. */
	public Optional<Region> regionOfCountry(String countryCode) {
		if (countryCode == null || countryCode.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(regionsOfCountries().get(countryCode.strip().toUpperCase(Locale.ROOT)));
	}

	public List<Affiliate> affiliates() {
		return affiliates.findAllByOrderByNameAsc();
	}

	public Optional<Affiliate> affiliate(long id) {
		return affiliates.findById(id);
	}

	public Optional<Affiliate> affiliateNamed(String name) {
		return affiliates.findByNameIgnoreCase(name.strip());
	}

	/** The ids of the affiliates in the region with this code (ignoring case); none for an unknown code. */
	public List<Long> affiliateIdsInRegion(String regionCode) {
		return affiliates.findIdsByRegionCode(regionCode);
	}

	/** The names of the affiliates with these ids, by id, read without the rest of them. */
	public Map<Long, String> affiliateNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			affiliates.findNamesByIdIn(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
		}
		return names;
	}

	/** Up to {@code limit} affiliates whose name contains the text, ignoring case, by name. */
	public List<Affiliate> affiliatesMatching(String text, int limit) {
		String clean = text == null ? "" : text.strip();
		return affiliates.findByNameContainingIgnoreCaseOrderByNameAsc(clean, PageRequest.of(0, limit));
	}

	/**
	 * The one affiliate a name given by hand means: the one of exactly that name (ignoring case), else
	 * the only one whose name contains it; none when nothing or several match.
	 */
	public Optional<Affiliate> affiliateMeant(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		Optional<Affiliate> exact = affiliateNamed(name);
		if (exact.isPresent()) {
			return exact;
		}
		List<Affiliate> containing = affiliatesMatching(name, 2);
		return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
	}

	public List<ThematicGroup> thematicGroups() {
		return groups.findAllByOrderByNameAsc();
	}

	public Optional<ThematicGroup> thematicGroupNamed(String name) {
		return groups.findByNameIgnoreCase(name.strip());
	}

	public List<PartnerInstitution> partnerInstitutions() {
		return institutions.findAllByOrderByNameAsc();
	}

	public Optional<PartnerInstitution> partnerInstitutionNamed(String name) {
		return institutions.findByNameIgnoreCase(name.strip());
	}

	/**
	 * Adds an affiliate, in the region with that code or, when none is given, in its country's region.
	 * @throws DuplicateNameException when an affiliate of that name exists
	 * @throws IllegalArgumentException when the country or region is unknown
	 */
	@Transactional
	public Affiliate addAffiliate(String name, AffiliateType type, String countryCode, String regionCode,
			AffiliateSize size, String website) {
		String clean = name.strip();
		if (affiliates.findByNameIgnoreCase(clean).isPresent()) {
			throw new DuplicateNameException(clean);
		}
		if (!countries.isCountry(countryCode)) {
			throw new IllegalArgumentException("Unknown country " + countryCode);
		}
		String code = regionCode == null || regionCode.isBlank()
				? regionOfCountry(countryCode).map(Region::getCode).orElse("")
				: regionCode;
		Region region = regions.findByCode(code)
			.orElseThrow(() -> new IllegalArgumentException("Unknown region " + regionCode));
		return affiliates.save(new Affiliate(clean, type, countryCode, region, size, blankToNull(website)));
	}

	/** Adds a thematic group. @throws DuplicateNameException when one of that name exists */
	@Transactional
	public ThematicGroup addThematicGroup(String name, String description, String website) {
		String clean = name.strip();
		if (groups.findByNameIgnoreCase(clean).isPresent()) {
			throw new DuplicateNameException(clean);
		}
		return groups.save(new ThematicGroup(clean, blankToNull(description), blankToNull(website)));
	}

	/** Adds a partner institution. @throws DuplicateNameException when one of that name exists */
	@Transactional
	public PartnerInstitution addPartnerInstitution(String name, String wikidataQid, String countryCode,
			String website) {
		String clean = name.strip();
		if (institutions.findByNameIgnoreCase(clean).isPresent()) {
			throw new DuplicateNameException(clean);
		}
		if (countryCode != null && !countryCode.isBlank() && !countries.isCountry(countryCode)) {
			throw new IllegalArgumentException("Unknown country " + countryCode);
		}
		return institutions.save(new PartnerInstitution(clean, blankToNull(wikidataQid), blankToNull(countryCode),
				blankToNull(website)));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
