package org.hubdesk.browser;

/** Who looks at a page in the browser tests: a visitor, or a demo account signed in first. */
enum Visitor {

	ANONYMOUS(null),
	/** A signed-in person without special rights (English, so not affected by the language tests). */
	MEMBER("member2"),
	ADMIN("admin"),
	/** A requester of the demo hub (Swedish), who filed its demo request. */
	REQUESTER("requester"),
	/** The demo hub's staff. */
	STAFF("staff");

	private final String username;

	Visitor(String username) {
		this.username = username;
	}

	String username() {
		return username;
	}

	boolean signedIn() {
		return username != null;
	}
}
