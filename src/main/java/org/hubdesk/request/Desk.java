package org.hubdesk.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.request.internal.HelpRequestRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's query over a hub's requests: views, filters, sorting and paging done by the database.
 * Drafts never show; the built-in views show open requests only.
 */
@Service
@Transactional(readOnly = true)
public class Desk {

	static final Set<RequestState> OPEN = EnumSet.complementOf(
			EnumSet.of(RequestState.DRAFT, RequestState.CLOSED, RequestState.WITHDRAWN, RequestState.COMPLETED));

	private final HelpRequestRepository requests;
	private final Directory directory;
	private final Clock clock;

	Desk(HelpRequestRepository requests, Directory directory, Clock clock) {
		this.requests = requests;
		this.directory = directory;
		this.clock = clock;
	}

	/** One page of the hub's requests matching the query, as seen by a member of staff. */
	public Page<HelpRequest> find(Hub hub, long viewerId, DeskQuery query) {
		return requests.findAll(specification(hub, viewerId, query), PageRequest.of(query.page(), DeskQuery.PAGE_SIZE));
	}

	Specification<HelpRequest> specification(Hub hub, long viewerId, DeskQuery q) {
		List<Long> affiliatesInRegion = q.region() == null ? null
				: directory.affiliates().stream().filter(a -> a.getRegion().getCode().equals(q.region()))
					.map(Affiliate::getId).toList();
		Instant now = clock.instant();
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("hubId"), hub.getId()));
			where.add(cb.notEqual(root.get("state"), RequestState.DRAFT));
			if (!q.state().isEmpty()) {
				where.add(root.get("state").in(q.state()));
			}
			else if (q.view() != null) {
				where.add(root.get("state").in(OPEN));
			}
			switch (q.view() == null ? "" : q.view()) {
				case "mine" -> where.add(cb.equal(root.get("assigneeId"), viewerId));
				case "unassigned" -> where.add(cb.isNull(root.get("assigneeId")));
				case "waiting" -> where.add(cb.isNull(root.get("firstResponseAt")));
				default -> {
				}
			}
			if (q.need() != null) {
				where.add(cb.isMember(q.need(), root.<Set<Long>>get("needIds")));
			}
			if (q.affiliate() != null) {
				where.add(cb.equal(root.get("affiliateId"), q.affiliate()));
			}
			if (affiliatesInRegion != null) {
				where.add(affiliatesInRegion.isEmpty() ? cb.disjunction() : root.get("affiliateId").in(affiliatesInRegion));
			}
			if (q.platform() != null) {
				where.add(cb.like(root.get("platformCodes"), "%" + q.platform().name() + "%"));
			}
			assignee(q.assignee(), viewerId, root, cb, where);
			if (q.waitingHours() != null) {
				where.add(cb.isNull(root.get("firstResponseAt")));
				where.add(cb.lessThan(root.get("submittedAt"), now.minus(Duration.ofHours(q.waitingHours()))));
			}
			if (query != null && !Long.class.equals(query.getResultType())) {
				query.orderBy(order(q, root, cb));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static void assignee(String assignee, long viewerId, Root<HelpRequest> root, CriteriaBuilder cb,
			List<Predicate> where) {
		if (assignee == null) {
			return;
		}
		switch (assignee) {
			case "me" -> where.add(cb.equal(root.get("assigneeId"), viewerId));
			case "none" -> where.add(cb.isNull(root.get("assigneeId")));
			default -> {
				try {
					where.add(cb.equal(root.get("assigneeId"), Long.parseLong(assignee)));
				}
				catch (NumberFormatException ex) {
					where.add(cb.disjunction());
				}
			}
		}
	}

	private static List<Order> order(DeskQuery q, Root<HelpRequest> root, CriteriaBuilder cb) {
		boolean desc = q.descending();
		List<Order> order = new ArrayList<>();
		switch (q.effectiveSort()) {
			case "waiting" -> {
				Expression<Integer> answered = cb.<Integer>selectCase()
					.when(cb.isNull(root.get("firstResponseAt")), 0)
					.otherwise(1);
				order.add(cb.asc(answered));
				order.add(desc ? cb.desc(root.get("submittedAt")) : cb.asc(root.get("submittedAt")));
			}
			case "submitted" -> order.add(desc ? cb.desc(root.get("submittedAt")) : cb.asc(root.get("submittedAt")));
			case "number" -> order.add(desc ? cb.desc(root.get("number")) : cb.asc(root.get("number")));
			default -> order.add(desc ? cb.desc(root.get("updatedAt")) : cb.asc(root.get("updatedAt")));
		}
		order.add(cb.desc(root.get("id")));
		return order;
	}
}
