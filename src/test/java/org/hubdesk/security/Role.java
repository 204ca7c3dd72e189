package org.hubdesk.security;

/**
 * Who the authorization matrix calls each route as, in the order of the table's columns, each a demo
 * account of the demo hub: nobody; {@code requester}, who requests the route's requests; another
 * requester; the hub's staff; an expert; a researcher; {@code member1}, a committee member conflicted
 * on the committee's request (they declare the affiliate it comes from); {@code member2}, a member who
 * is not conflicted and has scored it; the committee's chair (also a member; not conflicted, has not
 * scored); the hub's admin, who is also the instance admin.
 */
enum Role {
	ANONYMOUS(null), REQUESTER("requester"), REQUESTER2("requester2"), STAFF("staff"), EXPERT("expert"),
	RESEARCHER("researcher"), CONFLICTED("member1"), MEMBER("member2"), CHAIR("chair"), ADMIN("admin");

	private final String username;

	Role(String username) {
		this.username = username;
	}

	String username() {
		return username;
	}
}
