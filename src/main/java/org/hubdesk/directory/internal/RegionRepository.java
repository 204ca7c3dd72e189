package org.hubdesk.directory.internal;

import java.util.List;
import java.util.Optional;

import org.hubdesk.directory.Region;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, Long> {

	List<Region> findAllByOrderBySortOrderAsc();

	Optional<Region> findByCode(String code);
}
