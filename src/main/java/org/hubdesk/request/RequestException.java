package org.hubdesk.request;

/** A request operation refused for a reason the person can act on; the reason is a message key. */
public class RequestException extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final Object[] arguments;

	public RequestException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The values the message needs, e.g. a size limit. */
	public Object[] getArguments() {
		return arguments.clone();
	}

	/** The field at fault, or null when the whole request is. */
	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}
}
