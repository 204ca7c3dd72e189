package org.hubdesk.request.work;

import java.util.List;

import org.hubdesk.request.Milestone;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findByRequestIdOrderByDueDateAscIdAsc(Long requestId);
}
