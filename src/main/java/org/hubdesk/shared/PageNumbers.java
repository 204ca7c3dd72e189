package org.hubdesk.shared;

/**
 * The one bound on the page a listing is asked for (the desk, the search): whatever number the
 * address carries, a page starts at most {@link #MAX_ROWS} rows in, so the offset a page needs can
 * neither overflow nor ask a search backend for more than it pages through (Elasticsearch and
 * OpenSearch stop at 10,000). A page past the last one is empty, and the page says so.
 */
public final class PageNumbers {

	/** How many rows in the deepest page may start. */
	public static final int MAX_ROWS = 10_000;

	private PageNumbers() {
	}

	/** The page (from 0) to show for the one asked: never negative, never deeper than {@link #MAX_ROWS}. */
	public static int bound(Integer page, int pageSize) {
		if (page == null || page < 0) {
			return 0;
		}
		return Math.min(page, MAX_ROWS / Math.max(1, pageSize));
	}

	/** The first row of a page (from 0) of this size, for a page already {@link #bound bound}. */
	public static int offset(int page, int pageSize) {
		return (int) Math.min(Integer.MAX_VALUE, (long) bound(page, pageSize) * pageSize);
	}
}
