package org.hubdesk.wikimedia;

import java.time.Instant;
import java.util.List;

/**
 * A file on Commons with what {@code imageinfo} says of its current version (its address, its
 * description page, its media type, its size in bytes and when that version was uploaded; null, and
 * a size of -1, when the API gave no file information) and the pages of other wikis that show it,
 * each once, ordered by wiki and title.
 */
public record CommonsFile(String title, long pageId, String url, String descriptionUrl, String mime, long size,
		Instant uploaded, List<FileUse> uses) {

	public CommonsFile {
		uses = List.copyOf(uses);
	}

	/** Whether a page outside Commons shows the file. */
	public boolean inUse() {
		return uses.stream().anyMatch(use -> !use.onCommons());
	}
}
