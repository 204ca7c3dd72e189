package org.hubdesk.request.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.shared.InList;
import org.hubdesk.shared.InListQueries;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface HelpRequestRepository
		extends JpaRepository<HelpRequest, Long>, InListQueries {

	/** The hub's requests in a state, the earliest submitted first. */
	List<HelpRequest> findByHubIdAndStateOrderBySubmittedAtAscNumberAsc(long hubId, RequestState state);

	/** A request by its number, with its tags, co-requesters and needs in the same statement. */
	@Query("select distinct r from HelpRequest r left join fetch r.tags left join fetch r.coRequesterIds"
			+ " left join fetch r.details.needIds where r.hubId = ?1 and r.number = ?2")
	Optional<HelpRequest> findByHubIdAndNumber(Long hubId, Integer number);

	/**
	 * The request, its row locked until the transaction ends: changes to one request (a reply, a
	 * transition, an assignment) take their turn instead of failing on each other's version.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from HelpRequest r where r.id = ?1")
	Optional<HelpRequest> findForUpdate(Long id);

	List<HelpRequest> findByParentIdOrderByNumberAsc(Long parentId);

	/** The ids of the hub's requests a person co-requests. */
	@Query("select r.id from HelpRequest r join r.coRequesterIds c where r.hubId = ?1 and c = ?2")
	List<Long> findCoRequestedIds(Long hubId, Long personId);

	/** Several requests in one query whose plan is reused. */
	default List<HelpRequest> findByIdIn(java.util.Collection<Long> ids) {
		return selectIn("select r from HelpRequest r where r.id in " + InList.VALUES, HelpRequest.class, ids);
	}

	@Query("select r from HelpRequest r where r.state = ?1 and r.waitingSince <= ?2 and r.remindedAt is null")
	List<HelpRequest> findWaitingSince(org.hubdesk.request.RequestState state, java.time.Instant before);

	/** A person's requests and those they co-request; the two id lookups each use their own index. */
	@Query("select r from HelpRequest r where r.hubId = ?1 and r.id in ("
			+ "select x.id from HelpRequest x where x.requesterId = ?2 "
			+ "union select y.id from HelpRequest y join y.coRequesterIds c where c = ?2) "
			+ "order by r.updatedAt desc")
	List<HelpRequest> findMine(Long hubId, Long personId);
}
