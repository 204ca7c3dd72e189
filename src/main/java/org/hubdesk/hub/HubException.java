package org.hubdesk.hub;

/** A hub operation refused for a reason a person can correct; the reason is a message key. */
public class HubException extends RuntimeException {

	private final String messageKey;
	private final String field;

	public HubException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return messageKey;
	}

	/** The form field at fault. */
	public String getField() {
		return field;
	}
}
