package org.hubdesk.request.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.hubdesk.request.Audience;
import org.hubdesk.request.TimelineEntry;
import org.hubdesk.shared.InList;
import org.hubdesk.shared.InListQueries;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimelineRepository extends JpaRepository<TimelineEntry, Long>, InListQueries {

	List<TimelineEntry> findByRequestIdOrderByAtAscIdAsc(Long requestId);

	/** The entries everyone who reads the request sees. */
	@Query("select e from TimelineEntry e where e.requestId = ?1 and e.audience = org.hubdesk.request.Audience.EVERYONE"
			+ " order by e.at, e.id")
	List<TimelineEntry> findByRequestIdAndInternalFalseOrderByAtAscIdAsc(Long requestId);

	/** The request's entries for these audiences, in time order. */
	default List<TimelineEntry> findByRequestIdAndAudienceInOrderByAtAscIdAsc(Long requestId,
			Collection<Audience> audiences) {
		return selectIn("select e from TimelineEntry e where e.requestId = :requestId and e.audience in " + InList.VALUES
				+ " order by e.at, e.id", TimelineEntry.class, audiences, Map.of("requestId", requestId));
	}
}
