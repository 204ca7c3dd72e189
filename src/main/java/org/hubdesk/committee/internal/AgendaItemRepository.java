package org.hubdesk.committee.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

	List<AgendaItem> findByMeetingIdOrderByIdAsc(long meetingId);

	/** The request's latest time on an agenda. */
	Optional<AgendaItem> findFirstByRequestIdOrderByIdDesc(long requestId);

	boolean existsByRequestId(long requestId);

	@Query("select i from AgendaItem i where i.meeting.hubId = :hubId and i.requestId in :requestIds")
	List<AgendaItem> findInHub(long hubId, Collection<Long> requestIds);

	@Query("select i from AgendaItem i where i.meeting.hubId = :hubId and not exists "
			+ "(select d.id from Decision d where d.agendaItemId = i.id) order by i.meeting.startsAt, i.id")
	List<AgendaItem> findUndecided(long hubId);
}
