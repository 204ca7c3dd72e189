package org.hubdesk.wikimedia;

/**
 * A Wikimedia API could not give what was asked, and why ({@link Kind}). The message says it in
 * plain English for the log and the target's last error; a page words it by its kind.
 */
public class WikimediaException extends RuntimeException {

	/** What kind of failure it was. */
	public enum Kind {
		/** What was asked is not a valid question (a category name that cannot be one, a depth over 3). */
		INVALID,
		/** What was asked for is not there (a missing category). */
		NOT_FOUND,
		/** The site could not be reached, timed out or kept failing (5xx) through every attempt. */
		UNREACHABLE,
		/** The site kept asking to wait (maxlag, HTTP 429) through every attempt, or forbade the request. */
		REFUSED,
		/** The site answered something that is not the JSON the API gives (HTML, garbage, another shape). */
		BAD_ANSWER,
		/** The API answered with an error of its own; {@link #getCode()} is its code. */
		API_ERROR
	}

	private final Kind kind;
	private final String code;

	public WikimediaException(Kind kind, String message) {
		this(kind, null, message, null);
	}

	public WikimediaException(Kind kind, String message, Throwable cause) {
		this(kind, null, message, cause);
	}

	private WikimediaException(Kind kind, String code, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.code = code;
	}

	/** The API's own error ({@code {"error":{"code":…,"info":…}}}). */
	public static WikimediaException apiError(String code, String info) {
		return new WikimediaException(Kind.API_ERROR, code, "The API answered with the error " + code + ": " + info,
				null);
	}

	public Kind getKind() {
		return kind;
	}

	/** The API's error code when the kind is {@link Kind#API_ERROR}, otherwise null. */
	public String getCode() {
		return code;
	}
}
