package org.hubdesk.hub.internal;

import java.util.List;
import java.util.Optional;

import org.hubdesk.hub.Hub;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HubRepository extends JpaRepository<Hub, Long> {

	Optional<Hub> findBySlug(String slug);

	/** The hub with this slug, once for each role the person holds in it (with null for none). */
	@Query("select h, m.role from Hub h left join Membership m on m.hubId = h.id and m.personId = ?2 where h.slug = ?1")
	List<Object[]> findBySlugWithRolesOf(String slug, Long personId);

	List<Hub> findAllByOrderByNameAsc();

	boolean existsByNumberPrefixIgnoreCase(String prefix);
}
