package org.hubdesk.committee.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RubricRepository extends JpaRepository<Rubric, Long> {

	Optional<Rubric> findFirstByHubIdOrderByNumberDesc(long hubId);

	List<Rubric> findByHubIdOrderByNumberDesc(long hubId);
}
