package org.hubdesk.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubdesk.directory.Affiliate;
import org.hubdesk.shared.InList;
import org.hubdesk.shared.InListQueries;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AffiliateRepository extends JpaRepository<Affiliate, Long>, InListQueries {

	List<Affiliate> findAllByOrderByNameAsc();

	Optional<Affiliate> findByNameIgnoreCase(String name);

	/** Affiliates whose name contains the text, ignoring case, by name. */
	List<Affiliate> findByNameContainingIgnoreCaseOrderByNameAsc(String text, Pageable page);

	/** The ids of the affiliates in a region, by the region's code, ignoring case. */
	@Query("select a.id from Affiliate a where upper(a.region.code) = upper(?1)")
	List<Long> findIdsByRegionCode(String code);

	/** Only the ids and names of several affiliates, each as a pair. */
	default List<Object[]> findNamesByIdIn(Collection<Long> ids) {
		return selectIn("select a.id, a.name from Affiliate a where a.id in " + InList.VALUES, Object[].class, ids);
	}
}
