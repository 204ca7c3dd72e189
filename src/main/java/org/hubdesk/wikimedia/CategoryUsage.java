package org.hubdesk.wikimedia;

import java.util.List;

/**
 * What was read of a Commons category: its title as the API knows it, the depth of subcategories
 * asked for, the categories read (the category first, then its subcategories level by level, each
 * once), the distinct files found in them, ordered by title, and how many HTTP requests the reading
 * took (retries included).
 */
public record CategoryUsage(String category, int depth, List<String> categories, List<CommonsFile> files,
		int requests) {

	public CategoryUsage {
		categories = List.copyOf(categories);
		files = List.copyOf(files);
	}
}
