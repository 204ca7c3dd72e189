package org.hubdesk.request.desk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SavedViewRepository extends JpaRepository<SavedView, Long> {

	@Query("select v from SavedView v where v.hubId = ?1 and (v.ownerId = ?2 or v.shared = true) order by v.name")
	List<SavedView> visibleTo(Long hubId, Long personId);
}
