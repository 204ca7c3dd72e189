package org.hubdesk.directory.internal;

import java.util.List;
import java.util.Optional;

import org.hubdesk.directory.Affiliate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AffiliateRepository extends JpaRepository<Affiliate, Long> {

	List<Affiliate> findAllByOrderByNameAsc();

	Optional<Affiliate> findByNameIgnoreCase(String name);
}
