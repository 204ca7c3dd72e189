package org.hubdesk.identity;

/**
 * A person as a page names them: the id and the name shown (the display name, or the username when
 * there is none). Read without the rest of the person, for lists of names.
 */
public record PersonName(Long id, String name) {

	/** From the two columns as read: the name shown falls back to the username. */
	public PersonName(Long id, String displayName, String username) {
		this(id, displayName == null || displayName.isBlank() ? username : displayName);
	}
}
