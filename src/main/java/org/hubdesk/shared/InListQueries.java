package org.hubdesk.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A repository fragment for queries of the form {@code … where x in (:values)} whose plan is made
 * once and reused (see {@link InList}): a repository extends it and writes such a query as a
 * default method that calls {@link #selectIn}.
 */
public interface InListQueries {

	/**
	 * The rows of the query for these values; the query names the place of the values with
	 * {@link InList#VALUES} and may name other parameters, given in {@code parameters}.
	 */
	<R> List<R> selectIn(String query, Class<R> type, Collection<?> values, Map<String, ?> parameters);

	/** The rows of the query for these values, as {@link #selectIn(String, Class, Collection, Map)} without other parameters. */
	default <R> List<R> selectIn(String query, Class<R> type, Collection<?> values) {
		return selectIn(query, type, values, Map.of());
	}
}
