package org.hubdesk.wikimedia;

/**
 * Reads the files of a Commons category, and of its subcategories to a chosen depth, with the pages
 * of other wikis that show them: what the figures of usefulness on the platforms
 * ({@link UsageFigures}) are made from. The reading takes as few requests as the API allows: one to
 * learn that the category exists, one listing of subcategories (and its continuations) for each
 * category whose subcategories are wanted, and for each category read one request per batch of
 * files ({@code hubdesk.impact.category-batch}) plus the continuations that long lists of usage
 * force ({@code hubdesk.impact.usage-batch}), plus one retry per refusal.
 */
public interface CommonsUsage {

	/** The deepest level of subcategories read. */
	int MAX_DEPTH = 3;

	/**
	 * The category's files and their usage.
	 *
	 * @param category the category's name, with or without {@code Category:} (see
	 *        {@link CategoryTitles#normalise})
	 * @param depth how many levels of subcategories to read with it: 0 for the category alone, at most
	 *        {@value #MAX_DEPTH}; a category met again (a category tree can loop) is read once
	 * @throws WikimediaException {@link WikimediaException.Kind#INVALID} for a name that cannot be a
	 *         category or a depth out of range (before any request), {@link WikimediaException.Kind#NOT_FOUND}
	 *         when Commons has no such category, or the kind of the failure that stopped the reading
	 */
	default CategoryUsage read(String category, int depth) {
		return read(category, depth, Progress.NONE);
	}

	/**
	 * The same, telling {@code progress} how far the reading has come after each answer about files
	 * (for a large category, which takes one request per batch of files).
	 */
	CategoryUsage read(String category, int depth, Progress progress);

	/** How far a reading has come. */
	@FunctionalInterface
	interface Progress {

		/** Nobody listens. */
		Progress NONE = (categoriesRead, categories, files) -> {
		};

		/**
		 * @param categoriesRead how many of the categories have had all their files read
		 * @param categories how many categories are read in all (known once the subcategories are listed)
		 * @param files how many distinct files have been found so far
		 */
		void reached(int categoriesRead, int categories, int files);
	}
}
