package org.hubdesk.shared;

/**
 * How far into a list a caller may page. A page lies at {@code page × size}; whatever lies past
 * {@code reach} rows is refused as invalid (400 naming {@code page}) rather than asked of the
 * database or the search index, where the offset would overflow or exceed the index's window.
 */
public final class Paging {

	/** The farthest a list kept in the database reaches: offsets are {@code int}s. */
	public static final long DATABASE = Integer.MAX_VALUE;

	private Paging() {
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

	/** Where the page starts, once it is {@link #requireWithin within reach}. */
	public static int offset(int page, int size) {
		return Math.toIntExact((long) page * size);
	}
}
