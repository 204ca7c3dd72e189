package org.hubdesk.wikimedia;

import java.util.Collection;

/**
 * Reads Wikidata items ({@code action=wbgetentities}, labels, descriptions, statements and
 * sitelinks), in batches of at most {@value #BATCH} ids, one request per batch plus one retry per
 * refusal.
 */
public interface WikidataItems {

	/** The most ids one request names (the API's limit without {@code apihighlimits}). */
	int BATCH = 50;

	/**
	 * The items, labelled in English.
	 *
	 * @see #read(Collection, String)
	 */
	default WikidataFigures read(Collection<String> qids) {
		return read(qids, "en");
	}

	/**
	 * The items, labelled and described in this language, else in English, else in any.
	 *
	 * @param qids the items' ids ({@code Q42}; each read once however often named; see
	 *        {@link WikidataIds#of} for what is accepted)
	 * @param language a language code such as {@code sv}
	 * @throws WikimediaException {@link WikimediaException.Kind#INVALID} when one is not an item's id
	 *         or there are more than {@link WikidataIds#MAX_ITEMS} (before any request), or the kind
	 *         of the failure that stopped the reading
	 */
	WikidataFigures read(Collection<String> qids, String language);
}
