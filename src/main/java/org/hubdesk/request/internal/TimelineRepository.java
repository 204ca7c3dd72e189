package org.hubdesk.request.internal;

import java.util.Collection;
import java.util.List;

import org.hubdesk.request.Audience;
import org.hubdesk.request.TimelineEntry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

	List<TimelineEntry> findByRequestIdOrderByAtAscIdAsc(Long requestId);

	/** The entries everyone who reads the request sees. */
	@Query("select e from TimelineEntry e where e.requestId = ?1 and e.audience = org.hubdesk.request.Audience.EVERYONE"
			+ " order by e.at, e.id")
	List<TimelineEntry> findByRequestIdAndInternalFalseOrderByAtAscIdAsc(Long requestId);

	List<TimelineEntry> findByRequestIdAndAudienceInOrderByAtAscIdAsc(Long requestId, Collection<Audience> audiences);
}
