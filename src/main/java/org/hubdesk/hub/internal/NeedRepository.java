package org.hubdesk.hub.internal;

import java.util.List;

import org.hubdesk.hub.Need;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedRepository extends JpaRepository<Need, Long> {

	List<Need> findByHubIdOrderBySortOrderAsc(Long hubId);
}
