package org.hubdesk.directory;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/** The ISO 3166-1 countries, named in the viewer's language. */
@Component
public class Countries {

	private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

	/** A country: its two-letter code and its name in a language. */
	public record Country(String code, String name) {
	}

	/** Every country, sorted by its name in the given language. */
	public List<Country> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return CODES.stream()
			.map(code -> new Country(code, name(code, locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	/** Whether the code is a known two-letter country code (upper case). */
	public boolean isCountry(String code) {
		return code != null && CODES.contains(code);
	}

	/** A country's name in the given language, or the code when it is unknown. */
	public String name(String code, Locale locale) {
		if (!isCountry(code)) {
			return code == null ? "" : code;
		}
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}
}
