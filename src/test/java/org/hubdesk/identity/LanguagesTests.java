package org.hubdesk.identity;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTests {

	private final Languages languages = new Languages();

	@Test
	void aRegionalVariantIsServedByItsLanguage() {
		assertThat(languages.match("sv-FI")).contains(Locale.forLanguageTag("sv"));
		assertThat(languages.match("en_GB")).contains(Locale.ENGLISH);
	}

	@Test
	void anUnshippedOrEmptyLanguageIsNoMatch() {
		assertThat(languages.match("de")).isEmpty();
		assertThat(languages.match("")).isEmpty();
		assertThat(languages.match(null)).isEmpty();
	}

	@Test
	void rightToLeftScriptsAreMarked() {
		assertThat(Languages.direction(Locale.forLanguageTag("ar"))).isEqualTo("rtl");
		assertThat(Languages.direction(Locale.forLanguageTag("he"))).isEqualTo("rtl");
		assertThat(Languages.direction(Locale.forLanguageTag("sv"))).isEqualTo("ltr");
	}
}
