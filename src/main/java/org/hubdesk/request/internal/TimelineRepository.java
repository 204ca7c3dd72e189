package org.hubdesk.request.internal;

import java.util.List;

import org.hubdesk.request.TimelineEntry;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

	List<TimelineEntry> findByRequestIdOrderByAtAscIdAsc(Long requestId);

	List<TimelineEntry> findByRequestIdAndInternalFalseOrderByAtAscIdAsc(Long requestId);
}
