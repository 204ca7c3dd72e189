package org.hubdesk.wikimedia;

/**
 * An item found by a search of Wikidata.
 *
 * @param qid its id ({@code Q42})
 * @param label its label in the language searched (or the fallback Wikidata chose), or the id when it has none
 * @param description its description, or null when it has none
 */
public record WikidataMatch(String qid, String label, String description) {
}
