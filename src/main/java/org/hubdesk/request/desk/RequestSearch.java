package org.hubdesk.request.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.hubdesk.directory.Directory;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.ReadScope;
import org.hubdesk.request.internal.HelpRequestRepository;
import org.hubdesk.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's query: a hub's requests filtered and ordered, with who may see what inside the query
 * itself: the requests a {@link ReadScope} reads (see {@link RequestAccess#scope}), never others.
 */
@Service
@Transactional(readOnly = true)
public class RequestSearch {

	private final HelpRequestRepository requests;
	private final Directory directory;
	private final Clock clock;
	private final EntityManager entityManager;

	RequestSearch(HelpRequestRepository requests, Directory directory, Clock clock, EntityManager entityManager) {
		this.requests = requests;
		this.directory = directory;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * One page (from 0) of the requests the scope reads that match the query, with the exact total; a
	 * page deeper than any can be ({@link Paging}) is the deepest, past the last it is empty.
	 */
	public Page<HelpRequest> search(ReadScope scope, RequestQuery query, int page, int size) {
		return requests.findAll(specification(scope, query), PageRequest.of(Paging.bound(page, size), size));
	}

	/**
	 * One page (from 0) of the desk's lines for the requests the scope reads that match the query,
	 * each read as one row of facts ({@link DeskLine}), with the total counted only up to
	 * {@code countLimit}, so that a page never pays for counting a hub's whole history: when more
	 * match, the page's total is {@code countLimit + 1} (or, deep in the pages, one past the last row seen).
	 */
	public Page<DeskLine> lines(ReadScope scope, RequestQuery query, int asked, int size, int countLimit) {
		int page = Paging.bound(asked, size);
		Specification<HelpRequest> spec = specification(scope, query);
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<DeskLine> rows = cb.createQuery(DeskLine.class);
		Root<HelpRequest> root = rows.from(HelpRequest.class);
		Path<Object> details = root.get("details");
		rows.select(cb.construct(DeskLine.class, root.get("id"), root.get("number"), details.get("title"),
				root.get("state"), root.get("requesterId"), root.get("assigneeId"), details.get("affiliateId"),
				details.get("affiliateOther"), cb.coalesce(root.<Instant>get("submittedAt"), root.<Instant>get("createdAt")),
				root.get("updatedAt"), root.get("firstResponseAt")));
		rows.where(spec.toPredicate(root, rows, cb));
		// one row more than the page tells whether another page follows
		List<DeskLine> fetched = entityManager.createQuery(rows)
			.setFirstResult(Paging.offset(page, size))
			.setMaxResults(size + 1)
			.getResultList();
		List<DeskLine> content = fetched.subList(0, Math.min(size, fetched.size()));
		long seen = (long) page * size + content.size();
		long total;
		if (fetched.size() <= size && (page == 0 || !content.isEmpty())) {
			total = seen;
		}
		else {
			CriteriaQuery<Long> ids = cb.createQuery(Long.class);
			Root<HelpRequest> idRoot = ids.from(HelpRequest.class);
			ids.select(idRoot.get("id")).where(spec.toPredicate(idRoot, ids, cb));
			total = entityManager.createQuery(ids).setMaxResults(countLimit + 1).getResultList().size();
			if (total > countLimit) {
				total = Math.max(total, seen + (fetched.size() > size ? 1 : 0));
			}
		}
		return new PageImpl<>(content, PageRequest.of(page, size), total);
	}

	private Specification<HelpRequest> specification(ReadScope scope, RequestQuery query) {
		List<Long> regionAffiliates = query.regionCode() == null || query.regionCode().isBlank() ? null
				: directory.affiliateIdsInRegion(query.regionCode());
		Instant waitingSince = query.waitingLongerThanHours() == null ? null
				: clock.instant().minus(Duration.ofHours(query.waitingLongerThanHours()));
		List<Long> coRequested = scope.requestedBy()
			.map(person -> requests.findCoRequestedIds(scope.hubId(), person))
			.orElse(null);
		return RequestSpecifications.matching(scope, coRequested, query, regionAffiliates, waitingSince);
	}
}
