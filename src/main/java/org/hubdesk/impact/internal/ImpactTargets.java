package org.hubdesk.impact.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The targets of requests. */
public interface ImpactTargets extends JpaRepository<ImpactTarget, Long> {

	List<ImpactTarget> findByRequestIdOrderByIdAsc(Long requestId);

	List<ImpactTarget> findByRequestIdInOrderByIdAsc(Collection<Long> requestIds);

	List<ImpactTarget> findByHubIdOrderByIdAsc(Long hubId);

	/** The targets whose last refresh is older than the moment (or that were never refreshed), and are not refreshing. */
	@Query("select t.id from ImpactTarget t where t.refreshing = false"
			+ " and (t.lastRefreshedAt is null or t.lastRefreshedAt < :before) order by t.id")
	List<Long> dueBefore(@Param("before") Instant before);

	/** How far a refresh has come, written without touching the target's version (pages keep their forms). */
	@Modifying
	@Query("update ImpactTarget t set t.progressDone = :done, t.progressTotal = :total, t.progressFiles = :files"
			+ " where t.id = :id")
	int progress(@Param("id") long id, @Param("done") int done, @Param("total") int total, @Param("files") int files);
}
