package org.hubdesk.shared;

/**
 * An operation refused for a reason the person can act on. Every module throws this one exception;
 * the web module answers it in one place: invalid input goes back with its message next to the
 * field at fault (400), something the person may not do is 403, something that is not there for
 * them is 404 (existence is never revealed), and a change that met a newer one is 409.
 */
public class Refusal extends RuntimeException {

	/** Why the operation was refused, and the HTTP status that says so. */
	public enum Reason {
		INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	private final Reason reason;
	private final String field;
	private final String messageKey;
	private final Object[] arguments;

	/** Invalid input: the field at fault (or null for the whole input) and the message key that explains it. */
	public Refusal(String field, String messageKey, Object... arguments) {
		this(Reason.INVALID, field, messageKey, arguments);
	}

	protected Refusal(Reason reason, String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.reason = reason;
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** Not there for this person: unknown, or not theirs to see. */
	public static Refusal notFound() {
		return new Refusal(Reason.NOT_FOUND, null, "error.404.message");
	}

	/** There, and theirs to see, but not theirs to do. */
	public static Refusal forbidden() {
		return new Refusal(Reason.FORBIDDEN, null, "error.403.message");
	}

	/** Refused because the state of things changed or does not allow it now. */
	public static Refusal conflict(String messageKey) {
		return new Refusal(Reason.CONFLICT, null, messageKey);
	}

	public Reason getReason() {
		return reason;
	}

	/** The field at fault, or null when the whole input is. */
	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}

	/** The values the message needs, e.g. a size limit. */
	public Object[] getArguments() {
		return arguments.clone();
	}
}
