package org.hubdesk.needs.internal.exchange;

/**
 * Offsets in a text counted two ways. Hubdesk keeps a highlight's offsets in UTF-16 code units, as
 * the browser gives them (and as Java's {@code String} counts); REFI-QDA counts characters, that is
 * Unicode code points. The two differ after every character outside the Basic Multilingual Plane,
 * such as an emoji, which takes two code units and is one character.
 */
public final class CodePoints {

	private CodePoints() {
	}

	/**
	 * The code-point offset of a UTF-16 offset into the text. An offset that falls between the two
	 * halves of a surrogate pair counts as the start of that character, so a selection never holds half
	 * of one.
	 * @throws IllegalArgumentException when the offset is outside the text
	 */
	public static int fromUtf16(String text, int utf16Offset) {
		if (utf16Offset < 0 || utf16Offset > text.length()) {
			throw new IllegalArgumentException(
					"Offset " + utf16Offset + " is outside a text of " + text.length() + " code units");
		}
		int offset = utf16Offset;
		if (offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
				&& Character.isLowSurrogate(text.charAt(offset))) {
			offset--;
		}
		return text.codePointCount(0, offset);
	}

	/**
	 * The UTF-16 offset of a code-point offset into the text, the way back.
	 * @throws IllegalArgumentException when the offset is outside the text
	 */
	public static int toUtf16(String text, int codePointOffset) {
		if (codePointOffset < 0 || codePointOffset > text.codePointCount(0, text.length())) {
			throw new IllegalArgumentException("Offset " + codePointOffset + " is outside the text's characters");
		}
		return text.offsetByCodePoints(0, codePointOffset);
	}
}
