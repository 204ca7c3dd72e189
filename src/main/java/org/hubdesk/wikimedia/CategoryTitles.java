package org.hubdesk.wikimedia;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hubdesk.wikimedia.WikimediaException.Kind;

/**
 * The names of Commons categories as people type them, made into the title the API knows.
 */
public final class CategoryTitles {

	/** The namespace prefix of every category title. */
	public static final String PREFIX = "Category:";

	/** The longest title MediaWiki accepts, in UTF-8 bytes, without its namespace. */
	static final int MAX_BYTES = 255;

	private static final Pattern ILLEGAL = Pattern.compile("[#<>\\[\\]|{}\\p{Cntrl}\\uFFFD]|%[0-9A-Fa-f]{2}");
	private static final Pattern SPACES = Pattern.compile("[\\s_]+");

	private CategoryTitles() {
	}

	/**
	 * The category's title as the API knows it: {@code Category:} and the name, with or without that
	 * prefix (in any case) or a leading colon as typed, underscores and runs of spaces made one space,
	 * the first letter capitalised (Commons capitalises the first letter of every title). A link to
	 * the category ({@code https://commons.wikimedia.org/wiki/Category:…}) is read as its title.
	 *
	 * @throws WikimediaException of kind {@link Kind#INVALID} when nothing is left of the name, when it
	 *         holds a character no title may ({@code # < > [ ] | { }}, control characters, a percent
	 *         escape) or when it is longer than MediaWiki allows
	 */
	public static String normalise(String input) {
		if (input == null || input.isBlank()) {
			throw new WikimediaException(Kind.INVALID, "A category name is needed");
		}
		String name = fromLink(input.strip());
		name = SPACES.matcher(name).replaceAll(" ").strip();
		if (name.startsWith(":")) {
			name = name.substring(1).strip();
		}
		if (name.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			name = name.substring(PREFIX.length()).strip();
		}
		if (name.isEmpty()) {
			throw new WikimediaException(Kind.INVALID, "A category name is needed after \"Category:\"");
		}
		if (ILLEGAL.matcher(name).find()) {
			throw new WikimediaException(Kind.INVALID, "Not a category name: \"" + input.strip()
					+ "\" (a name may not hold # < > [ ] | { }, control characters or percent escapes)");
		}
		if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new WikimediaException(Kind.INVALID, "A category name is at most " + MAX_BYTES + " bytes long");
		}
		int first = name.codePointAt(0);
		return PREFIX + new StringBuilder().appendCodePoint(Character.toUpperCase(first))
			.append(name, Character.charCount(first), name.length());
	}

	/** The title in a link to a wiki page ({@code …/wiki/Title}), decoded; anything else as it is. */
	private static String fromLink(String input) {
		String lower = input.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
			return input;
		}
		int wiki = input.indexOf("/wiki/");
		if (wiki < 0) {
			throw new WikimediaException(Kind.INVALID, "Not a link to a category: \"" + input + "\"");
		}
		String path = input.substring(wiki + "/wiki/".length()).split("[?#]", 2)[0];
		try {
			return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new WikimediaException(Kind.INVALID, "Not a link to a category: \"" + input + "\"", ex);
		}
	}
}
