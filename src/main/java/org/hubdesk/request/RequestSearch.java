package org.hubdesk.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.request.internal.HelpRequestRepository;
import org.hubdesk.request.internal.RequestSpecifications;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's query: a hub's requests filtered and ordered, with who may see what inside the query
 * itself. Staff of the hub see every submitted request; anyone else only those they request or
 * co-request. Drafts are never listed.
 */
@Service
@Transactional(readOnly = true)
public class RequestSearch {

	private final HelpRequestRepository requests;
	private final Directory directory;
	private final Clock clock;

	RequestSearch(HelpRequestRepository requests, Directory directory, Clock clock) {
		this.requests = requests;
		this.directory = directory;
		this.clock = clock;
	}

	/** One page (from 0) of the requests the viewer may see that match the query. */
	public Page<HelpRequest> search(Hub hub, long viewerId, boolean staff, RequestQuery query, int page, int size) {
		List<Long> regionAffiliates = query.regionCode() == null || query.regionCode().isBlank() ? null
				: directory.affiliates().stream()
					.filter(a -> a.getRegion() != null && query.regionCode().equalsIgnoreCase(a.getRegion().getCode()))
					.map(Affiliate::getId)
					.toList();
		Instant waitingSince = query.waitingLongerThanHours() == null ? null
				: clock.instant().minus(Duration.ofHours(query.waitingLongerThanHours()));
		return requests.findAll(RequestSpecifications.matching(hub.getId(), viewerId, staff, query, regionAffiliates,
				waitingSince), PageRequest.of(page, size));
	}
}
