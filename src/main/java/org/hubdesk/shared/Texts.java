package org.hubdesk.shared;


/**
 * What any text a person types into Hubdesk may hold: characters, tabs and line breaks, but no other
 * control character (a NUL, an escape) and no half of a surrogate pair, which no encoding can store
 * or show. The forms and the API both check through here, so they refuse the same text.
 */
public final class Texts {

	/** The message that explains the refusal. */
	public static final String UNREADABLE = "validation.characters";

	private Texts() {
	}

	/** Whether the text (or null) holds only characters that may be stored and shown. */
	public static boolean readable(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return false;
			}
			if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/** Refuses a text that is not {@link #readable}, naming the field. @throws Refusal (400) */
	public static void require(String field, String text) {
		if (!readable(text)) {
			throw new Refusal(field, UNREADABLE);
		}
	}
}
