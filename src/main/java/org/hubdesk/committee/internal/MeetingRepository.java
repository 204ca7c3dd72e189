package org.hubdesk.committee.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByHubIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long hubId, Instant from);

	List<Meeting> findTop12ByHubIdAndStartsAtLessThanOrderByStartsAtDesc(long hubId, Instant before);
}
