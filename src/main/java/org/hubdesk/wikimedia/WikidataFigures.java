package org.hubdesk.wikimedia;

import java.util.List;

/**
 * What Wikidata says of a list of items: how many were asked for and found, how many have an
 * image, the wiki pages they link to in all, and each item found. An id that redirects counts as
 * the item it leads to, once however many of the ids asked lead there.
 *
 * @param itemsAsked how many distinct ids were asked for
 * @param itemsFound how many distinct items were found
 * @param itemsWithImage how many of those have an image (P18)
 * @param sitelinks the sitelinks of the items found, added up
 * @param items the items found, in the order asked
 * @param missing the ids asked for that Wikidata does not have (deleted or never made)
 * @param requests how many HTTP requests the reading took, retries included
 */
public record WikidataFigures(int itemsAsked, int itemsFound, int itemsWithImage, int sitelinks,
		List<WikidataItem> items, List<String> missing, int requests) {

	public WikidataFigures {
		items = List.copyOf(items);
		missing = List.copyOf(missing);
	}
}
