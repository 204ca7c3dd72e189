package org.hubdesk.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.hubdesk.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class LanguageTagsTests {

	@Test
	void aTagIsKeptInJavasSpellingWithALowerCasePrimaryLanguage() {
		assertThat(LanguageTags.normalise("pt-br")).isEqualTo("pt-BR");
		assertThat(LanguageTags.normalise(" PT_br ")).isEqualTo("pt-BR");
		assertThat(LanguageTags.normalise("SV")).isEqualTo("sv");
		assertThat(LanguageTags.normalise("zh-hant-tw")).isEqualTo("zh-Hant-TW");
		assertThat(LanguageTags.normalise("es-419")).isEqualTo("es-419");
		assertThat(LanguageTags.normalise("ast")).isEqualTo("ast");
		assertThat(LanguageTags.normalise("iw")).as("the current code of a renamed language").isEqualTo("he");
	}

	@Test
	void aTagThatNamesNoLanguageIsRefusedNamingTheFieldAndTheTag() {
		for (String bad : List.of("english", "und", "x-private", "12", "e", "sv-", "xx-!!", "ÅÄ", "")) {
			assertThatThrownBy(() -> LanguageTags.normalise(bad)).as(bad)
				.asInstanceOf(type(Refusal.class))
				.satisfies(r -> {
					assertThat(r.getField()).isEqualTo("readLanguages");
					assertThat(r.getMessageKey()).isEqualTo("validation.read-language.unknown");
					assertThat(r.getArguments()).containsExactly(bad);
				});
		}
	}

	@Test
	void aTagLongerThanItsColumnIsRefusedWithTheLimit() {
		String longest = "en-" + "a".repeat(8) + "-" + "b".repeat(8) + "-" + "c".repeat(8) + "-abcde";
		assertThat(longest).hasSize(35);
		assertThat(LanguageTags.normalise(longest)).isEqualTo(longest);
		String tooLong = longest + "f";
		assertThatThrownBy(() -> LanguageTags.normalise(tooLong))
			.asInstanceOf(type(Refusal.class))
			.satisfies(r -> {
				assertThat(r.getMessageKey()).isEqualTo("validation.read-language.too-long");
				assertThat(r.getArguments()).containsExactly(tooLong, 35);
			});
	}

	@Test
	void aListIsSeparatedByCommasOrSpacesAndKeepsEachLanguageOnceInTheOrderGiven() {
		assertThat(LanguageTags.parse(" sv, en  pt-br,,SV\tfr\nen ")).containsExactly("sv", "en", "pt-BR", "fr");
		assertThat(LanguageTags.parse("   ")).isEmpty();
		assertThat(LanguageTags.parse(null)).isEmpty();
	}

	@Test
	void oneBadTagRefusesTheWholeList() {
		assertThatThrownBy(() -> LanguageTags.parse("sv, swedish, en"))
			.asInstanceOf(type(Refusal.class))
			.satisfies(r -> assertThat(r.getArguments()).containsExactly("swedish"));
	}

	@Test
	void atMostTwentyLanguagesAndRepeatsDoNotCount() {
		List<String> twenty = IntStream.range(0, 20).mapToObj(i -> "a" + (char) ('a' + i)).toList();
		List<String> withRepeats = new ArrayList<>(twenty);
		withRepeats.addAll(List.of("AA", "ab", "ac"));
		assertThat(LanguageTags.normaliseAll(withRepeats)).hasSize(20);
		List<String> twentyOne = new ArrayList<>(twenty);
		twentyOne.add("zu");
		assertThatThrownBy(() -> LanguageTags.normaliseAll(twentyOne))
			.asInstanceOf(type(Refusal.class))
			.satisfies(r -> {
				assertThat(r.getField()).isEqualTo("readLanguages");
				assertThat(r.getMessageKey()).isEqualTo("validation.read-languages.too-many");
				assertThat(r.getArguments()).containsExactly(20);
			});
	}

	@Test
	void thePrimaryLanguageIsReadLeniently() {
		assertThat(LanguageTags.primaryLanguage("pt-BR")).isEqualTo("pt");
		assertThat(LanguageTags.primaryLanguage("EN_gb")).isEqualTo("en");
		assertThat(LanguageTags.primaryLanguage("und")).isEmpty();
		assertThat(LanguageTags.primaryLanguage(" ")).isEmpty();
		assertThat(LanguageTags.primaryLanguage(null)).isEmpty();
	}
}
