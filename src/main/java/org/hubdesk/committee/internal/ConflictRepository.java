package org.hubdesk.committee.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictRepository extends JpaRepository<Conflict, Long> {

	List<Conflict> findByRequestId(long requestId);

	List<Conflict> findByRequestIdIn(Collection<Long> requestIds);

	Optional<Conflict> findByRequestIdAndMemberId(long requestId, long memberId);
}
