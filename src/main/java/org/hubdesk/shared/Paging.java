package org.hubdesk.shared;

/**
 * How far into a list a caller may page, in one place for the pages and the API. A page lies at
 * {@code page × size}; the offset it needs must neither overflow nor ask a search backend for more
 * than it pages through (Elasticsearch and OpenSearch stop at 10,000 rows).
 * <ul>
 * <li>A page (the desk, search) is {@link #bound bound}: whatever number the address carries, it
 * starts at most {@link #MAX_ROWS} rows in; a page past the last is empty, and the page says so.</li>
 * <li>The API {@link #requireWithin refuses} a page past its reach as invalid (400 naming
 * {@code page}, with the last page there is).</li>
 * </ul>
 */
public final class Paging {

	/** How many rows in the deepest page of a listing may start: a search backend's window. */
	public static final int MAX_ROWS = 10_000;

	/** The farthest a list kept in the database reaches: offsets are {@code int}s. */
	public static final long DATABASE = Integer.MAX_VALUE;

	private Paging() {
	}

	/** The page (from 0) to show for the one asked: never negative, never deeper than {@link #MAX_ROWS}. */
	public static int bound(Integer page, int size) {
		if (page == null || page < 0) {
			return 0;
		}
		return Math.min(page, MAX_ROWS / Math.max(1, size));
	}

	/** The first row of a page (from 0) of this size, once it is {@link #bound bound}. */
	public static int offset(int page, int size) {
		return (int) Math.min(Integer.MAX_VALUE, (long) bound(page, size) * size);
	}

	/**
	 * Refuses a page that starts past {@code reach} rows, telling the last page there is.
	 * @param page a page number from 0
	 * @param size the rows on a page, at least 1
	 * @throws Refusal naming {@code page}
	 */
	public static void requireWithin(int page, int size, long reach) {
		long last = Math.max(0, reach / size - 1);
		if (page > last) {
			throw new Refusal("page", "api.error.page-beyond", last);
		}
	}
}
