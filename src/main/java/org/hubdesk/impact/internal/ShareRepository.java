package org.hubdesk.impact.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The share links of partner reports. */
interface ShareRepository extends JpaRepository<Share, Long> {

	List<Share> findByRequestIdOrderByIdDesc(Long requestId);

	Optional<Share> findByToken(String token);
}
