package org.hubdesk.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.hubdesk.shared.Refusal;

/**
 * The language tags (BCP 47) a person declares they read: checked and kept in one spelling,
 * {@code Locale.forLanguageTag(tag).toLanguageTag()}, so that {@code pt-br} and {@code PT_BR} are both
 * {@code pt-BR}. A tag must be well formed and name a language by its two- or three-letter code
 * ({@code english} or {@code und} is not one).
 */
public final class LanguageTags {

	/** The field a refusal names, on the account page and in the API. */
	public static final String FIELD = "readLanguages";

	/** The most languages a person declares. */
	public static final int MAX_COUNT = 20;

	/** The longest tag, in characters (the column's width). */
	public static final int MAX_LENGTH = 35;

	/** A tag that is not a language tag; its argument is the tag as given. */
	public static final String UNKNOWN = "validation.read-language.unknown";

	/** A tag over {@link #MAX_LENGTH}; its arguments are the tag and the limit. */
	public static final String TOO_LONG = "validation.read-language.too-long";

	/** More than {@link #MAX_COUNT} languages; its argument is the limit. */
	public static final String TOO_MANY = "validation.read-languages.too-many";

	private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

	private static final Pattern PRIMARY = Pattern.compile("[a-z]{2,3}");

	private LanguageTags() {
	}

	/**
	 * The tags of a text that lists them separated by commas or white space, each normalised, each
	 * once, in the order given; none for a blank text.
	 * @throws Refusal naming {@link #FIELD} for a tag that is not understood, too long, or too many tags
	 */
	public static List<String> parse(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return normaliseAll(List.of(SEPARATORS.split(text.strip())));
	}

	/**
	 * The tags normalised, each once, in the order given (blank ones left out).
	 * @throws Refusal naming {@link #FIELD} for a tag that is not understood, too long, or too many tags
	 */
	public static List<String> normaliseAll(Collection<String> tags) {
		Set<String> normalised = new LinkedHashSet<>();
		for (String tag : tags) {
			if (tag != null && !tag.isBlank()) {
				normalised.add(normalise(tag));
			}
		}
		if (normalised.size() > MAX_COUNT) {
			throw new Refusal(FIELD, TOO_MANY, MAX_COUNT);
		}
		return new ArrayList<>(normalised);
	}

	/**
	 * One tag in its normal spelling: {@code pt-br} is {@code pt-BR}, {@code en_GB} is {@code en-GB}.
	 * @throws Refusal naming {@link #FIELD} when it is not a language tag or is too long
	 */
	public static String normalise(String tag) {
		String given = tag == null ? "" : tag.strip();
		if (given.length() > MAX_LENGTH) {
			throw new Refusal(FIELD, TOO_LONG, given, MAX_LENGTH);
		}
		String hyphenated = given.replace('_', '-');
		try {
			new Locale.Builder().setLanguageTag(hyphenated);
		}
		catch (IllformedLocaleException ex) {
			throw new Refusal(FIELD, UNKNOWN, given);
		}
		Locale locale = Locale.forLanguageTag(hyphenated);
		if (!PRIMARY.matcher(locale.getLanguage()).matches()) {
			throw new Refusal(FIELD, UNKNOWN, given);
		}
		return locale.toLanguageTag();
	}

	/**
	 * The primary language of a tag in lower case ({@code pt} of {@code pt-BR}), or an empty string
	 * when the tag names none. Lenient: what it cannot read of a tag it leaves out.
	 */
	public static String primaryLanguage(String tag) {
		if (tag == null || tag.isBlank()) {
			return "";
		}
		return Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
	}
}
