package org.hubdesk.committee.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

	List<Review> findByAgendaItemId(long agendaItemId);

	Optional<Review> findByAgendaItemIdAndMemberId(long agendaItemId, long memberId);

	List<Review> findByMemberId(long memberId);
}
