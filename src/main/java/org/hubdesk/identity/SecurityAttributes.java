package org.hubdesk.identity;

/** Request attributes the security layer leaves for the error pages. */
public final class SecurityAttributes {

	/** Set (to {@code true}) when a form was refused for a missing or stale CSRF token: an expired session. */
	public static final String CSRF_REJECTED = "hubdesk.security.csrf-rejected";

	private SecurityAttributes() {
	}
}
