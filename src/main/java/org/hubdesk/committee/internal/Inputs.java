package org.hubdesk.committee.internal;

import org.hubdesk.shared.Refusal;
import org.hubdesk.shared.Texts;

/** The committee's checks of what people type, in one place: required, readable and not too long. */
final class Inputs {

	private Inputs() {
	}

	/**
	 * The text, stripped, when it is given, readable and at most {@code max} characters.
	 * @throws Refusal naming the field: required, unreadable characters, or too long
	 */
	static String required(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			throw new Refusal(field, "validation.required");
		}
		return optional(field, text, max);
	}

	/** As {@link #required}, but an empty text is null. */
	static String optional(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!Texts.readable(text)) {
			throw new Refusal(field, Texts.UNREADABLE);
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw new Refusal(field, "validation.too-long");
		}
		return stripped;
	}
}
