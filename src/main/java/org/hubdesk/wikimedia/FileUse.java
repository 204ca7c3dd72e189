package org.hubdesk.wikimedia;

import java.util.Locale;

/**
 * A page that shows a file: the wiki it is on (its host, e.g. {@code sv.wikipedia.org}), its title
 * as MediaWiki shows it (with its namespace's name, spaces rather than underscores), its namespace
 * number (0 is the main namespace: articles, and Wikidata's items) and its address.
 */
public record FileUse(String wiki, String title, int namespace, String url) {

	/** The host of Wikimedia Commons, whose own pages never count as a use of its files. */
	public static final String COMMONS = "commons.wikimedia.org";

	/** Whether the page is on Commons itself. */
	public boolean onCommons() {
		return COMMONS.equals(wiki.toLowerCase(Locale.ROOT));
	}

	/** Whether the page is in the main namespace (an article, or a Wikidata item). */
	public boolean inMainNamespace() {
		return namespace == 0;
	}
}
