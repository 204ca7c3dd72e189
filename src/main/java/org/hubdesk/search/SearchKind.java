package org.hubdesk.search;

import java.util.List;

import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.ReadScope;

/**
 * One kind of result of the hub's search (requests, messages, affiliates, …): a bean that
 * {@link HubSearch} collects, so a module adds a kind by contributing one, and nothing else changes.
 * A kind keeps to what its searcher may see inside its query, so that counts never reveal the rest.
 */
public interface SearchKind {

	/** The kind's name, in addresses ({@code ?kind=}), in results and in message keys ({@code search.kind.*}). */
	String name();

	/** Where the kind stands among the others, lowest first; the first kind is the default. */
	int order();

	/** Whether the viewer, who reads what the scope says of the hub's requests, may search this kind. */
	boolean searchableBy(HubViewer viewer, ReadScope scope);

	/** How many results of this kind the query finds. */
	long count(SearchSession session, SearchQuery query);

	/** The results of this kind the query finds, best first, from the given one on. */
	List<SearchHit> hits(SearchSession session, SearchQuery query, int from, int size);

	/** Whether the kind offers suggestions as one types (its hits for what has been typed so far). */
	default boolean suggests() {
		return false;
	}
}
