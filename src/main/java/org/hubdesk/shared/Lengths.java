package org.hubdesk.shared;

/**
 * The one check that a text fits the column it is kept in, so that a form, the API and the service
 * behind them refuse the same text with the same message (naming the limit, in the person's
 * language) instead of letting the database fail.
 */
public final class Lengths {

	/** The message key of a text over its limit; its one argument is the limit, in characters. */
	public static final String TOO_LONG = "validation.too-long.max";

	private Lengths() {
	}

	/**
	 * The text, when it has at most {@code max} characters (or is null).
	 * @throws Refusal naming the field and the limit when it is longer
	 */
	public static String within(String field, String text, int max) {
		if (text != null && text.length() > max) {
			throw new Refusal(field, TOO_LONG, max);
		}
		return text;
	}
}
