package org.hubdesk.wikimedia;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubdesk.wikimedia.WikimediaException.Kind;

/**
 * The identifiers of Wikidata items as people paste them ({@code Q42}, {@code q42}, or a link to
 * the item such as {@code https://www.wikidata.org/wiki/Q42}), made into the ids the API knows.
 */
public final class WikidataIds {

	/** The most items one list may name. */
	public static final int MAX_ITEMS = 500;

	private static final Pattern QID = Pattern.compile("[Qq]([1-9][0-9]{0,11})");

	private static final Pattern LINK = Pattern.compile(
			"https?://(?:www\\.|m\\.)?wikidata\\.org/(?:wiki/(?:Item:)?|entity/)([Qq][1-9][0-9]{0,11})/?(?:[?#].*)?",
			Pattern.CASE_INSENSITIVE);

	private WikidataIds() {
	}

	/**
	 * The ids named one a line, each once, in the order first named; blank lines are skipped.
	 *
	 * @throws WikimediaException of kind {@link Kind#INVALID} naming the first line that is not an
	 *         item's id or link, or when more than {@value #MAX_ITEMS} items are named
	 */
	public static List<String> normalise(String lines) {
		Set<String> ids = new LinkedHashSet<>();
		if (lines == null) {
			return List.of();
		}
		int number = 0;
		for (String line : lines.split("\\R")) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String id = of(line);
			if (id == null) {
				throw new WikimediaException(Kind.INVALID,
						"Line " + number + " is not a Wikidata item: \"" + line.strip() + "\"");
			}
			ids.add(id);
			if (ids.size() > MAX_ITEMS) {
				throw new WikimediaException(Kind.INVALID, "At most " + MAX_ITEMS + " Wikidata items, not more");
			}
		}
		return List.copyOf(new ArrayList<>(ids));
	}

	/** The item's id ({@code Q42}) in what was typed, or null when it names no item. */
	public static String of(String typed) {
		if (typed == null) {
			return null;
		}
		String text = typed.strip();
		Matcher link = LINK.matcher(text);
		if (link.matches()) {
			text = link.group(1);
		}
		Matcher id = QID.matcher(text);
		return id.matches() ? "Q" + id.group(1) : null;
	}

	/** Whether this is an item's id exactly as the API writes it ({@code Q42}, not {@code q42}). */
	public static boolean isId(String text) {
		return text != null && text.startsWith("Q") && QID.matcher(text).matches();
	}
}
