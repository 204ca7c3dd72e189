package org.hubdesk.request;

import java.util.Set;

/** What a requester says about their request, as the form and the API give it. */
public record RequestDetails(String title, Long affiliateId, String affiliateOther, String partnerName,
		String partnerQid, String contentTypes, String estimatedVolume, RightsStatus rightsStatus,
		Set<Platform> platforms, String usefulnessPlan, Long thematicGroupId, String language, String desiredTimeline,
		String description, boolean consentToPublish, Set<Long> needIds) {

	public RequestDetails {
		platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
		needIds = needIds == null ? Set.of() : Set.copyOf(needIds);
	}
}
