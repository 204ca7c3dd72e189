package org.hubdesk.request.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.request.ReadScope;
import org.hubdesk.shared.InList;

/**
 * The desk's filters and order as the condition and order of a query over {@code HelpRequest r},
 * with the viewer's {@link ReadScope} as part of the condition. The text depends only on which
 * filters are set and how many values each list has (padded, see {@link InList}), never on the
 * values, which are parameters: each shape of query is translated once and its plan reused.
 */
final class RequestFilter {

	private final StringBuilder where = new StringBuilder();
	private final Map<String, Object> parameters = new HashMap<>();
	private final String orderBy;
	private boolean matchesNothing;

	/**
	 * @param coRequested when the scope reads only someone's own requests, the ids of the hub's
	 *        requests they co-request; else ignored
	 * @param regionAffiliates the affiliates of the query's region, or null for no region filter
	 * @param submittedBefore only requests without a first response submitted before this, or null
	 */
	RequestFilter(ReadScope scope, Collection<Long> coRequested, RequestQuery query, List<Long> regionAffiliates,
			Instant submittedBefore) {
		readable(scope, coRequested);
		if (!query.states().isEmpty()) {
			and("r.state in " + InList.bind("state", List.copyOf(EnumSet.copyOf(query.states())), parameters));
		}
		if (query.needId() != null) {
			and(":need member of r.details.needIds", "need", query.needId());
		}
		if (query.affiliateId() != null) {
			and("r.details.affiliateId = :affiliate", "affiliate", query.affiliateId());
		}
		if (regionAffiliates != null) {
			if (regionAffiliates.isEmpty()) {
				matchesNothing = true;
			}
			else {
				and("r.details.affiliateId in " + InList.bind("region", List.copyOf(regionAffiliates), parameters));
			}
		}
		if (query.platform() != null) {
			// platforms are one comma-separated column; no platform's name is part of another's
			and("r.details.platformCodes like :platform", "platform", "%" + query.platform().name() + "%");
		}
		if (query.unassigned()) {
			and("r.assigneeId is null");
		}
		else if (query.assigneeId() != null) {
			and("r.assigneeId = :assignee", "assignee", query.assigneeId());
		}
		if (submittedBefore != null) {
			and("r.firstResponseAt is null and r.submittedAt < :before", "before", submittedBefore);
		}
		if (query.text() != null && !query.text().isBlank()) {
			and("lower(r.details.title) like :text escape '\\'", "text", "%" + escape(query.text().strip()) + "%");
		}
		orderBy = order(query, submittedBefore != null);
	}

	/** Whether no request can match (the scope reads none, or a region without affiliates). */
	boolean matchesNothing() {
		return matchesNothing;
	}

	/** The condition, for {@code … from HelpRequest r where} it. */
	String where() {
		return where.toString();
	}

	/** The order, for {@code … order by} it. */
	String orderBy() {
		return orderBy;
	}

	/** The values of the condition's parameters, by name. */
	Map<String, Object> parameters() {
		return parameters;
	}

	/** The scope as the query's conditions. */
	private void readable(ReadScope scope, Collection<Long> coRequested) {
		if (scope.nothing()) {
			matchesNothing = true;
		}
		and("r.hubId = :hub", "hub", scope.hubId());
		if (!scope.unlisted().isEmpty()) {
			and("r.state not in " + InList.bind("unlisted", List.copyOf(EnumSet.copyOf(scope.unlisted())), parameters));
		}
		scope.requestedBy().ifPresent(person -> {
			if (coRequested == null || coRequested.isEmpty()) {
				and("r.requesterId = :person", "person", person);
			}
			else {
				// the requests they co-request come as ids, so both sides of the "or" are index lookups
				parameters.put("person", person);
				and("(r.requesterId = :person or r.id in " + InList.bind("co", List.copyOf(coRequested), parameters) + ")");
			}
		});
	}

	private void and(String condition) {
		where.append(where.isEmpty() ? "" : " and ").append(condition);
	}

	private void and(String condition, String name, Object value) {
		and(condition);
		parameters.put(name, value);
	}

	/** The query's order; among requests all still unanswered, the first-response age is the submission order. */
	private static String order(RequestQuery query, boolean unansweredOnly) {
		String dir = query.isDescending() ? " desc" : " asc";
		return switch (query.order()) {
			case UPDATED -> "r.updatedAt" + dir + ", r.id" + dir;
			case NUMBER -> "r.number" + dir;
			case FIRST_RESPONSE_AGE -> unansweredOnly ? "r.submittedAt" + dir + ", r.id" + dir
					: "case when r.firstResponseAt is null then 0 else 1 end asc, r.submittedAt" + dir + ", r.id" + dir;
			default -> "r.submittedAt" + dir + ", r.id" + dir;
		};
	}

	private static String escape(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
