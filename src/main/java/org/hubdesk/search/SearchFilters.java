package org.hubdesk.search;

import java.time.LocalDate;

import org.hubdesk.request.RequestState;

/**
 * What narrows a search besides its words: a request's state and kind of help, and a period (the
 * day a request was submitted or a message written, from and to, both included). Any may be null.
 */
public record SearchFilters(RequestState state, Long needId, LocalDate from, LocalDate to) {

	public static final SearchFilters NONE = new SearchFilters(null, null, null, null);

	/** The filters, or none for null. */
	public static SearchFilters of(SearchFilters filters) {
		return filters == null ? NONE : filters;
	}
}
