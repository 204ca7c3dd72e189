package org.hubdesk.directory.internal;

import java.util.List;
import java.util.Optional;

import org.hubdesk.directory.ThematicGroup;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThematicGroupRepository extends JpaRepository<ThematicGroup, Long> {

	List<ThematicGroup> findAllByOrderByNameAsc();

	Optional<ThematicGroup> findByNameIgnoreCase(String name);
}
