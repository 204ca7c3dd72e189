package org.hubdesk.search;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.ReadScope;

/**
 * One search as a {@link SearchKind} answers it: who searches, what they read of the hub's
 * requests, the words and what else narrows it.
 *
 * @param viewer who searches, in which hub
 * @param scope what the viewer reads of the hub's requests (see {@link ReadScope})
 * @param text the words, in the search's own syntax, never blank
 * @param filters what else narrows the search
 */
public record SearchQuery(HubViewer viewer, ReadScope scope, String text, SearchFilters filters) {

	public SearchQuery {
		filters = SearchFilters.of(filters);
	}

	public Hub hub() {
		return viewer.hub();
	}

	/** The address of the hub's pages, which results link under. */
	public String base() {
		return "/hubs/" + hub().getSlug();
	}
}
