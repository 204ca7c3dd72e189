package org.hubdesk.impact.internal;

/** What a target measures. */
public enum TargetKind {
	/** A Commons category, with its subcategories to a chosen depth: its files and where they are used. */
	COMMONS_CATEGORY,
	/** A list of Wikidata items: how many exist, how many have an image, how many sitelinks they have. */
	WIKIDATA_ITEMS;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "impact.kind." + name();
	}
}
