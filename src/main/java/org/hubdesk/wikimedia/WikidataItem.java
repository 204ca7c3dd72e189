package org.hubdesk.wikimedia;

/**
 * One Wikidata item as the impact figures see it.
 *
 * @param qid the item's id ({@code Q42}); for an id that redirects, the id of the item it leads to
 * @param label its label in the language asked for, else in English, else in any language; null when it has none
 * @param description its description, chosen the same way; null when it has none
 * @param image whether it has an image (a statement of P18)
 * @param sitelinks how many wiki pages it links to (Wikipedia articles, Commons, Wikisource…)
 * @param commonsCategory its Commons category (P373, without {@code Category:}), or null
 */
public record WikidataItem(String qid, String label, String description, boolean image, int sitelinks,
		String commonsCategory) {
}
