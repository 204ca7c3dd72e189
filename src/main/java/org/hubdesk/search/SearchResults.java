package org.hubdesk.search;

import java.util.List;
import java.util.Map;

/** A page of results of one kind, and how many of each kind the person may see match. */
public record SearchResults(String query, String kind, List<SearchHit> hits, long total, int page, int pageSize,
		Map<String, Long> counts) {

	public int pages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}
}
