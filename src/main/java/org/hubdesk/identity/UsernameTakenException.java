package org.hubdesk.identity;

import org.hubdesk.shared.Refusal;

/** A username belongs to another account: a refusal naming the field. */
public class UsernameTakenException extends Refusal {

	public UsernameTakenException(String username) {
		super("username", "validation.username-taken", username);
	}
}
