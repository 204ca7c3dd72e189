package org.hubdesk.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.search.internal.SearchQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search over a hub: requests, public messages, internal notes (staff only), affiliates and
 * thematic groups (everyone) and people (staff only), in English, Swedish and any other language at
 * once. What a person may not see is excluded inside the query, so counts never reveal it.
 */
@Service
@Transactional(readOnly = true)
public class HubSearch {

	public static final List<String> KINDS = List.of("request", "message", "note", "affiliate", "group", "person");
	public static final int PAGE_SIZE = 20;

	private final EntityManager entityManager;
	private final Requests requests;
	private final SearchQueries queries;

	HubSearch(EntityManager entityManager, Requests requests, SearchQueries queries) {
		this.entityManager = entityManager;
		this.requests = requests;
		this.queries = queries;
	}

	/** The kinds a person may search: notes and people only for staff. */
	public static List<String> kindsFor(boolean staff) {
		return staff ? KINDS : KINDS.stream().filter(k -> !k.equals("note") && !k.equals("person")).toList();
	}

	/**
	 * Searches the hub as the viewer may see it.
	 * @param kind one of {@link #KINDS}, or null for the kind with the most results first
	 * @param filters what else narrows the search, or null for nothing
	 */
	public SearchResults search(Hub hub, long viewerId, boolean staff, String text, String kind,
			SearchFilters filters, int page) {
		SearchFilters state = SearchFilters.of(filters);
		String q = text == null ? "" : text.strip();
		List<String> kinds = kindsFor(staff);
		if (q.isEmpty()) {
			return new SearchResults(q, kind, List.of(), 0, 0, PAGE_SIZE, Map.of());
		}
		SearchSession session = Search.session(entityManager);
		Set<Long> mine = staff ? Set.of() : Set.copyOf(requests.mine(hub, viewerId).stream()
			.filter(r -> r.getState() != RequestState.DRAFT).map(HelpRequest::getId).toList());
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String k : kinds) {
			counts.put(k, queries.count(session, k, hub, viewerId, staff, mine, q, state));
		}
		String chosen = kind != null && kinds.contains(kind) ? kind
				: counts.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).findFirst()
					.orElse("request");
		int from = Math.max(0, page) * PAGE_SIZE;
		List<SearchHit> hits = queries.hits(session, chosen, hub, viewerId, staff, mine, q, state, from, PAGE_SIZE);
		return new SearchResults(q, chosen, hits, counts.getOrDefault(chosen, 0L), Math.max(0, page), PAGE_SIZE,
				counts);
	}

	/** A few requests whose title or number matches what has been typed so far, for suggestions. */
	public List<SearchHit> suggest(Hub hub, long viewerId, boolean staff, String text) {
		String q = text == null ? "" : text.strip();
		if (q.length() < 2) {
			return List.of();
		}
		Set<Long> mine = staff ? Set.of() : Set.copyOf(requests.mine(hub, viewerId).stream()
			.map(HelpRequest::getId).toList());
		return queries.hits(Search.session(entityManager), "request", hub, viewerId, staff, mine, q + "*", SearchFilters.NONE,
				0, 5);
	}


}
