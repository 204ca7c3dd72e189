package org.hubdesk.wikimedia;

import java.util.List;

/**
 * Finds Wikidata items by their labels and aliases ({@code action=wbsearchentities&type=item}),
 * for example the partner institution a request names.
 */
public interface WikidataSearch {

	/** The most matches one search gives (the API's limit). */
	int MAX_LIMIT = 50;

	/**
	 * The items whose label or alias begins with the text, best first; blank text finds nothing
	 * and asks nothing.
	 *
	 * @param text what was typed
	 * @param language the language searched and shown ({@code sv}, {@code en}…)
	 * @param limit how many matches at most, 1 to {@value #MAX_LIMIT}
	 * @throws WikimediaException the kind of the failure that stopped the search
	 */
	List<WikidataMatch> search(String text, String language, int limit);
}
