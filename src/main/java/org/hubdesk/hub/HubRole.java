package org.hubdesk.hub;

/** The roles a person can hold in a hub. */
public enum HubRole {
	REQUESTER, STAFF, COMMITTEE_MEMBER, COMMITTEE_CHAIR, EXPERT, RESEARCHER, ADMIN;

	/** The message key of this role's name. */
	public String messageKey() {
		return "role." + name();
	}
}
