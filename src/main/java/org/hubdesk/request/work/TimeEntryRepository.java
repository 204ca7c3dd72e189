package org.hubdesk.request.work;

import java.math.BigDecimal;
import java.util.List;

import org.hubdesk.request.TimeEntry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

	List<TimeEntry> findByRequestIdOrderByWorkDateAscIdAsc(Long requestId);

	@Query("select coalesce(sum(t.hours), 0) from TimeEntry t where t.requestId = ?1")
	BigDecimal totalHours(Long requestId);
}
