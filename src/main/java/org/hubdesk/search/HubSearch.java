package org.hubdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.ReadScope;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.shared.Paging;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search over a hub, across every {@link SearchKind} the viewer may search (requests, public
 * messages, internal notes, affiliates, thematic groups, people, and whatever kinds other modules
 * contribute), in English, Swedish and any other language at once. What a person may not see is
 * excluded inside each kind's query, following their {@link ReadScope}, so counts never reveal it.
 */
@Service
@Transactional(readOnly = true)
public class HubSearch {

	public static final int PAGE_SIZE = 20;
	static final int SUGGESTIONS = 5;
	/** The most words and characters a search takes; more is refused, naming both limits. */
	public static final int MAX_WORDS = 32;
	public static final int MAX_CHARACTERS = 1_000;
	/** The message key of a search over its limits (its arguments: the words, the characters). */
	public static final String TOO_LONG = "search.too-long";
	/** Suggestions follow what is typed up to this many characters. */
	static final int MAX_SUGGESTED = 200;

	private final EntityManager entityManager;
	private final RequestAccess access;
	private final List<SearchKind> kinds;

	HubSearch(EntityManager entityManager, RequestAccess access, List<SearchKind> kinds) {
		this.entityManager = entityManager;
		this.access = access;
		this.kinds = kinds.stream().sorted(Comparator.comparingInt(SearchKind::order)).toList();
	}

	/** The names of the kinds the viewer may search, in their order. */
	public List<String> kindsFor(HubViewer viewer) {
		return kinds(viewer, access.scope(viewer)).stream().map(SearchKind::name).toList();
	}

	/**
	 * Searches the hub as the viewer may see it.
	 * @param kind the name of the kind to show, or null (or one they may not search) for the first
	 *        kind with results
	 * @param filters what else narrows the search, or null for nothing
	 */
	public SearchResults search(HubViewer viewer, String text, String kind, SearchFilters filters, int page) {
		String q = text == null ? "" : text.strip();
		if (!searchable(q)) {
			throw new Refusal("q", TOO_LONG, MAX_WORDS, MAX_CHARACTERS);
		}
		if (q.isEmpty()) {
			return new SearchResults(q, kind, List.of(), 0, 0, PAGE_SIZE, Map.of());
		}
		ReadScope scope = access.scope(viewer);
		List<SearchKind> searchable = kinds(viewer, scope);
		SearchQuery query = new SearchQuery(viewer, scope, q, filters);
		SearchSession session = Search.session(entityManager);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (SearchKind k : searchable) {
			counts.put(k.name(), k.count(session, query));
		}
		Optional<SearchKind> chosen = searchable.stream().filter(k -> k.name().equals(kind)).findFirst()
			.or(() -> searchable.stream().filter(k -> counts.get(k.name()) > 0).findFirst())
			.or(() -> searchable.stream().findFirst());
		if (chosen.isEmpty()) {
			return new SearchResults(q, kind, List.of(), 0, 0, PAGE_SIZE, counts);
		}
		// a page past the last is empty (the page says so), and never deeper than any page can be
		int shown = Paging.bound(page, PAGE_SIZE);
		String name = chosen.get().name();
		long total = counts.get(name);
		List<SearchHit> hits = (long) shown * PAGE_SIZE >= total ? List.of()
				: chosen.get().hits(session, query, Paging.offset(shown, PAGE_SIZE), PAGE_SIZE);
		return new SearchResults(q, name, hits, total, shown, PAGE_SIZE, counts);
	}

	/** A few results whose title or number matches what has been typed so far, for suggestions. */
	public List<SearchHit> suggest(HubViewer viewer, String text) {
		String q = text == null ? "" : text.strip();
		if (q.length() < 2 || !searchable(q) || q.length() > MAX_SUGGESTED) {
			return List.of(); // nothing is suggested for more than a few words typed
		}
		ReadScope scope = access.scope(viewer);
		SearchQuery query = new SearchQuery(viewer, scope, q + "*", SearchFilters.NONE);
		SearchSession session = Search.session(entityManager);
		List<SearchHit> suggestions = new ArrayList<>();
		for (SearchKind k : kinds(viewer, scope)) {
			if (k.suggests() && suggestions.size() < SUGGESTIONS) {
				suggestions.addAll(k.hits(session, query, 0, SUGGESTIONS - suggestions.size()));
			}
		}
		return suggestions;
	}

	/**
	 * Whether the text is within what a search takes: every word becomes clauses on several fields,
	 * and a query of hundreds of words (or one word of thousands of letters) is no search anyone means.
	 */
	static boolean searchable(String q) {
		return q.length() <= MAX_CHARACTERS && (q.isEmpty() || q.split("\\s+").length <= MAX_WORDS);
	}

	private List<SearchKind> kinds(HubViewer viewer, ReadScope scope) {
		return kinds.stream().filter(k -> k.searchableBy(viewer, scope)).toList();
	}
}
