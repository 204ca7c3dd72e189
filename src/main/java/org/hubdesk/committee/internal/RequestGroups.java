package org.hubdesk.committee.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.hubdesk.committee.ranking.EquityGroups;
import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Directory;
import org.hubdesk.directory.Region;
import org.hubdesk.identity.People;
import org.springframework.stereotype.Component;

/**
 * Which groups a request counts for when the committee weighs how help has been spread: its
 * affiliate, the affiliate's type, and its region, which is the affiliate's or, for a request made for
 * no affiliate, its requester's country's.
 */
@Component
public class RequestGroups {

	/** What was read to tell the groups of some requests: the affiliates, the countries' regions and the requesters' countries. */
	public record Of(Map<Long, Affiliate> affiliates, Map<String, Region> countryRegions, Map<Long, String> countries) {

		public Affiliate affiliate(Long affiliateId) {
			return affiliateId == null ? null : affiliates.get(affiliateId);
		}

		/** The request's region: its affiliate's, else its requester's country's; null when neither is known. */
		public Region region(Long affiliateId, long requesterId) {
			Affiliate affiliate = affiliate(affiliateId);
			if (affiliate != null) {
				return affiliate.getRegion();
			}
			String country = countries.get(requesterId);
			return country == null ? null : countryRegions.get(country);
		}

		/** The request's groups in the equity term's three dimensions. */
		public EquityGroups groups(Long affiliateId, long requesterId) {
			Affiliate affiliate = affiliate(affiliateId);
			Region region = region(affiliateId, requesterId);
			return new EquityGroups(affiliate == null ? null : String.valueOf(affiliate.getId()),
					region == null ? null : region.getCode(), affiliate == null ? null : affiliate.getType().name());
		}
	}

	private final Directory directory;
	private final People people;

	RequestGroups(Directory directory, People people) {
		this.directory = directory;
		this.people = people;
	}

	/** What tells the groups of the requests of these requesters. */
	public Of of(Collection<Long> requesterIds) {
		return of(affiliates(), requesterIds);
	}

	/** The same, with the affiliates already read. */
	public Of of(Map<Long, Affiliate> affiliates, Collection<Long> requesterIds) {
		return new Of(affiliates, directory.regionsOfCountries(), people.countries(requesterIds));
	}

	/** Every affiliate of the directory, by id. */
	public Map<Long, Affiliate> affiliates() {
		Map<Long, Affiliate> out = new HashMap<>();
		directory.affiliates().forEach(a -> out.put(a.getId(), a));
		return out;
	}
}
