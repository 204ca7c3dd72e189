package org.hubdesk.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The interface languages Hubdesk ships message bundles for. English is the fallback.
 */
@Component
public class Languages {

	public static final Locale FALLBACK = Locale.ENGLISH;

	private static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

	public List<Locale> shipped() {
		return SHIPPED;
	}

	/** The shipped language that serves a language tag ("sv-FI" is served by "sv"), if any. */
	public Optional<Locale> match(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SHIPPED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
	}

	public boolean isShipped(String tag) {
		return match(tag).isPresent();
	}

	/** The writing direction of a language: "rtl" for right-to-left scripts, else "ltr". */
	public static String direction(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ar", "he", "fa", "ur", "ps", "sd", "ckb", "dv", "yi", "ug", "arz", "azb", "mzn", "pnb" -> "rtl";
			default -> "ltr";
		};
	}
}
