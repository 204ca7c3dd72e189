package org.hubdesk.impact.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The snapshots of targets. */
public interface Snapshots extends JpaRepository<Snapshot, Long> {

	/** A target's snapshots, oldest first. */
	List<Snapshot> findByTargetIdOrderByTakenAtAscIdAsc(Long targetId);

	long countByTargetId(Long targetId);

	/** The snapshots of these targets, oldest first. */
	List<Snapshot> findByTargetIdInOrderByTakenAtAscIdAsc(Collection<Long> targetIds);

	/** The latest snapshot of each of these targets. */
	@Query("select s from Snapshot s where s.targetId in :targets and s.id = (select max(o.id) from Snapshot o"
			+ " where o.targetId = s.targetId)")
	List<Snapshot> latest(@Param("targets") Collection<Long> targetIds);
}
