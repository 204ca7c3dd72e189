package org.hubdesk.hub.internal;

import java.util.List;
import java.util.Optional;

import org.hubdesk.hub.Hub;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HubRepository extends JpaRepository<Hub, Long> {

	Optional<Hub> findBySlug(String slug);

	List<Hub> findAllByOrderByNameAsc();

	boolean existsByNumberPrefixIgnoreCase(String prefix);
}
