package org.hubdesk.security;

/**
 * Who the authorization matrix calls each route as, in the order of the table's columns: nobody;
 * the requester of the route's request; another requester; a committee member (today a plain member
 * of the hub: no reach into requests); the hub's staff; the hub's admin, who is also the instance admin.
 */
enum Role {
	ANONYMOUS(null), REQUESTER("requester"), REQUESTER2("requester2"), MEMBER("member1"), STAFF("staff"),
	ADMIN("admin");

	private final String username;

	Role(String username) {
		this.username = username;
	}

	String username() {
		return username;
	}
}
