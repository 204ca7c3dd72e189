package org.hubdesk.identity;

/** Thrown when a username belongs to another account. */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("The username '" + username + "' belongs to another account");
	}
}
