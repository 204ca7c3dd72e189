package org.hubdesk.hub;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The roles a person can hold in a hub. */
public enum HubRole {
	REQUESTER, STAFF, COMMITTEE_MEMBER, COMMITTEE_CHAIR, EXPERT, RESEARCHER, ADMIN;

	/** The roles that make a person the hub's staff: they read every request and work them. */
	public static final Set<HubRole> STAFF_ROLES = EnumSet.of(STAFF, ADMIN);

	/** Whether someone holding these roles is the hub's staff: the one definition of "staff". */
	public static boolean staff(Collection<HubRole> roles) {
		return roles.stream().anyMatch(STAFF_ROLES::contains);
	}

	/** The message key of this role's name. */
	public String messageKey() {
		return "role." + name();
	}
}
