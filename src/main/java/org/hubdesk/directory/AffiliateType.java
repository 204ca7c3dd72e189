package org.hubdesk.directory;

/** The kinds of movement affiliates. */
public enum AffiliateType {
	CHAPTER, THEMATIC_ORGANISATION, USER_GROUP, OTHER;

	/** The message key of this type's name. */
	public String messageKey() {
		return "affiliate.type." + name();
	}
}
