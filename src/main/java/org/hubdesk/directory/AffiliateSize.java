package org.hubdesk.directory;

/** How large an affiliate is, by the people who work for it. */
public enum AffiliateSize {
	/** Volunteers only. */
	SMALL,
	/** A few paid staff. */
	MEDIUM,
	/** A staffed organisation. */
	LARGE;

	/** The message key of this size's name. */
	public String messageKey() {
		return "affiliate.size." + name();
	}
}
