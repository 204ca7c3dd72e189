package org.hubdesk.request.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.ReadScope;
import org.springframework.data.jpa.domain.Specification;

/** The desk's filters as a JPA specification, with the viewer's {@link ReadScope} as part of the query. */
public final class RequestSpecifications {

	private RequestSpecifications() {
	}

	/**
	 * The requests the scope reads (see {@link ReadScope}) that match the query, in the query's order.
	 *
	 * @param coRequested when the scope reads only someone's own requests, the ids of the hub's
	 *        requests they co-request; else ignored
	 * @param regionAffiliates the affiliates of the query's region, or null for no region filter
	 * @param submittedBefore only requests without a first response submitted before this, or null
	 */
	public static Specification<HelpRequest> matching(ReadScope scope, Collection<Long> coRequested,
			RequestQuery query, List<Long> regionAffiliates, Instant submittedBefore) {
		return (root, cq, cb) -> {
			List<Predicate> where = new ArrayList<>(readable(scope, coRequested, root, cb));
			if (!query.states().isEmpty()) {
				where.add(root.get("state").in(query.states()));
			}
			if (query.needId() != null) {
				where.add(cb.isMember(query.needId(), root.get("details").<java.util.Collection<Long>>get("needIds")));
			}
			if (query.affiliateId() != null) {
				where.add(cb.equal(root.get("details").get("affiliateId"), query.affiliateId()));
			}
			if (regionAffiliates != null) {
				where.add(regionAffiliates.isEmpty() ? cb.disjunction() : root.get("details").get("affiliateId").in(regionAffiliates));
			}
			if (query.platform() != null) {
				// platforms are one comma-separated column; no platform's name is part of another's
				where.add(cb.like(root.get("details").get("platformCodes"), "%" + query.platform().name() + "%"));
			}
			if (query.unassigned()) {
				where.add(cb.isNull(root.get("assigneeId")));
			}
			else if (query.assigneeId() != null) {
				where.add(cb.equal(root.get("assigneeId"), query.assigneeId()));
			}
			if (submittedBefore != null) {
				where.add(cb.isNull(root.get("firstResponseAt")));
				where.add(cb.lessThan(root.get("submittedAt"), submittedBefore));
			}
			if (query.text() != null && !query.text().isBlank()) {
				where.add(cb.like(cb.lower(root.get("details").get("title")), "%" + escape(query.text().strip()) + "%", '\\'));
			}
			if (!isCount(cq)) {
				order(query, submittedBefore != null, root, cq, cb);
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The scope as the query's conditions, each of its parts one condition. */
	private static List<Predicate> readable(ReadScope scope, Collection<Long> coRequested, Root<HelpRequest> root,
			CriteriaBuilder cb) {
		if (scope.nothing()) {
			return List.of(cb.disjunction());
		}
		List<Predicate> where = new ArrayList<>();
		where.add(cb.equal(root.get("hubId"), scope.hubId()));
		where.add(cb.not(root.get("state").in(scope.unlisted())));
		scope.requestedBy().ifPresent(person -> where.add(coRequested == null || coRequested.isEmpty()
				? cb.equal(root.get("requesterId"), person)
				// the requests they co-request come as ids, so both sides of the "or" are index lookups
				: cb.or(cb.equal(root.get("requesterId"), person), root.get("id").in(coRequested))));
		return where;
	}

	private static boolean isCount(CriteriaQuery<?> cq) {
		return Long.class.equals(cq.getResultType()) || long.class.equals(cq.getResultType());
	}

	/** The query's order; among requests all still unanswered, the first-response age is the submission order. */
	private static void order(RequestQuery query, boolean unansweredOnly, Root<HelpRequest> root, CriteriaQuery<?> cq,
			CriteriaBuilder cb) {
		boolean desc = query.isDescending();
		java.util.function.Function<String, jakarta.persistence.criteria.Order> by = attribute -> desc
				? cb.desc(root.get(attribute)) : cb.asc(root.get(attribute));
		switch (query.order()) {
			case UPDATED -> cq.orderBy(by.apply("updatedAt"), by.apply("id"));
			case NUMBER -> cq.orderBy(by.apply("number"));
			case FIRST_RESPONSE_AGE -> {
				if (unansweredOnly) {
					cq.orderBy(by.apply("submittedAt"), by.apply("id"));
					return;
				}
				Expression<Integer> answered = cb.<Integer>selectCase()
					.when(cb.isNull(root.get("firstResponseAt")), 0)
					.otherwise(1);
				cq.orderBy(cb.asc(answered), by.apply("submittedAt"), by.apply("id"));
			}
			default -> cq.orderBy(by.apply("submittedAt"), by.apply("id"));
		}
	}

	private static String escape(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
