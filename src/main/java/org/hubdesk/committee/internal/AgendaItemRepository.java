package org.hubdesk.committee.internal;

import java.time.Instant;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

	List<AgendaItem> findByMeetingIdOrderByIdAsc(long meetingId);

	Page<AgendaItem> findByMeetingId(long meetingId, Pageable pageable);

	/** The request's latest time on an agenda. */
	Optional<AgendaItem> findFirstByRequestIdOrderByIdDesc(long requestId);

	boolean existsByRequestId(long requestId);

	@Query("select i from AgendaItem i where i.meeting.hubId = :hubId and i.requestId in :requestIds")
	List<AgendaItem> findInHub(long hubId, Collection<Long> requestIds);

	@Query("select i from AgendaItem i where i.meeting.hubId = :hubId and i.decidedAt is null"
			+ " order by i.meeting.startsAt, i.id")
	List<AgendaItem> findUndecided(long hubId);

	@Query(value = "select i from AgendaItem i where i.meeting.hubId = :hubId and i.decidedAt is null"
			+ " order by i.meeting.startsAt, i.id",
			countQuery = "select count(i) from AgendaItem i where i.meeting.hubId = :hubId and i.decidedAt is null")
	Page<AgendaItem> findUndecided(long hubId, Pageable pageable);

	/** Marks the item decided at the moment. */
	@Modifying
	@Query("update AgendaItem i set i.decidedAt = :at where i.id = :id")
	int markDecided(long id, Instant at);
}
