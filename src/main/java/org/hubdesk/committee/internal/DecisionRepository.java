package org.hubdesk.committee.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

	Optional<Decision> findByAgendaItemId(long agendaItemId);

	List<Decision> findByRequestIdOrderByDecidedAtDesc(long requestId);

	List<Decision> findTop200ByHubIdOrderByDecidedAtDescIdDesc(long hubId);

	Page<Decision> findByHubIdAndDecidedAtGreaterThanEqual(long hubId, Instant from, Pageable pageable);
}
