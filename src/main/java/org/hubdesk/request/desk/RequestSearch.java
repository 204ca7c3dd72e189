package org.hubdesk.request.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hubdesk.directory.Directory;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.ReadScope;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.internal.HelpRequestRepository;
import org.hubdesk.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's query: a hub's requests filtered and ordered, with who may see what inside the query
 * itself: the requests a {@link ReadScope} reads (see {@link RequestAccess#scope}), never others.
 * The queries are written out ({@link RequestFilter}), so that each shape is translated once.
 */
@Service
@Transactional(readOnly = true)
public class RequestSearch {

	/** What a desk line reads of a request, in the order of {@link DeskLine}'s components. */
	private static final String LINE = "select r.id, r.number, r.details.title, r.state, r.requesterId, r.assigneeId,"
			+ " r.details.affiliateId, r.details.affiliateOther, coalesce(r.submittedAt, r.createdAt), r.updatedAt,"
			+ " r.firstResponseAt from HelpRequest r where ";

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
	public Page<HelpRequest> search(ReadScope scope, RequestQuery query, int asked, int size) {
		int page = Paging.bound(asked, size);
		RequestFilter filter = filter(scope, query);
		if (filter.matchesNothing()) {
			return Page.empty(PageRequest.of(page, size));
		}
		List<HelpRequest> content = query("select r from HelpRequest r where " + filter.where() + " order by "
				+ filter.orderBy(), HelpRequest.class, filter)
			.setFirstResult(Paging.offset(page, size))
			.setMaxResults(size)
			.getResultList();
		long total = query("select count(r) from HelpRequest r where " + filter.where(), Long.class, filter)
			.getSingleResult();
		return new PageImpl<>(content, PageRequest.of(page, size), total);
	}

	/**
	 * One page (from 0) of the desk's lines for the requests the scope reads that match the query,
	 * each read as one row of facts ({@link DeskLine}), with the total counted only up to
	 * {@code countLimit}, so that a page never pays for counting a hub's whole history: when more
	 * match, the page's total is {@code countLimit + 1} (or, deep in the pages, one past the last row seen).
	 */
	public Page<DeskLine> lines(ReadScope scope, RequestQuery query, int asked, int size, int countLimit) {
		int page = Paging.bound(asked, size);
		RequestFilter filter = filter(scope, query);
		if (filter.matchesNothing()) {
			return Page.empty(PageRequest.of(page, size));
		}
		// one row more than the page tells whether another page follows
		List<DeskLine> fetched = query(LINE + filter.where() + " order by " + filter.orderBy(), Object[].class, filter)
			.setFirstResult(Paging.offset(page, size))
			.setMaxResults(size + 1)
			.getResultStream()
			.map(RequestSearch::line)
			.toList();
		List<DeskLine> content = fetched.subList(0, Math.min(size, fetched.size()));
		long seen = (long) page * size + content.size();
		long total;
		if (fetched.size() <= size && (page == 0 || !content.isEmpty())) {
			total = seen;
		}
		else {
			total = query("select r.id from HelpRequest r where " + filter.where(), Long.class, filter)
				.setMaxResults(countLimit + 1)
				.getResultList()
				.size();
			if (total > countLimit) {
				total = Math.max(total, seen + (fetched.size() > size ? 1 : 0));
			}
		}
		return new PageImpl<>(content, PageRequest.of(page, size), total);
	}

	private <T> TypedQuery<T> query(String text, Class<T> type, RequestFilter filter) {
		TypedQuery<T> query = entityManager.createQuery(text, type);
		filter.parameters().forEach(query::setParameter);
		return query;
	}

	private static DeskLine line(Object[] c) {
		return new DeskLine((Long) c[0], (Integer) c[1], (String) c[2], (RequestState) c[3], (Long) c[4], (Long) c[5],
				(Long) c[6], (String) c[7], (Instant) c[8], (Instant) c[9], (Instant) c[10]);
	}

	private RequestFilter filter(ReadScope scope, RequestQuery query) {
		List<Long> regionAffiliates = query.regionCode() == null || query.regionCode().isBlank() ? null
				: directory.affiliateIdsInRegion(query.regionCode());
		Instant waitingSince = query.waitingLongerThanHours() == null ? null
				: clock.instant().minus(Duration.ofHours(query.waitingLongerThanHours()));
		List<Long> coRequested = scope.requestedBy()
			.map(person -> requests.findCoRequestedIds(scope.hubId(), person))
			.orElse(null);
		return new RequestFilter(scope, coRequested, query, regionAffiliates, waitingSince);
	}
}
