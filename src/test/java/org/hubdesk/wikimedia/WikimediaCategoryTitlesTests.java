package org.hubdesk.wikimedia;

import org.hubdesk.wikimedia.WikimediaException.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Category names as people type or paste them, made into the titles the API knows. */
class WikimediaCategoryTitlesTests {

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"Category:Paintings in the Nationalmuseum; Category:Paintings in the Nationalmuseum",
			"Paintings in the Nationalmuseum; Category:Paintings in the Nationalmuseum",
			"  category:paintings_in_the__Nationalmuseum  ; Category:Paintings in the Nationalmuseum",
			"CATEGORY: Paintings in the Nationalmuseum; Category:Paintings in the Nationalmuseum",
			":Category:Paintings in the Nationalmuseum; Category:Paintings in the Nationalmuseum",
			"https://commons.wikimedia.org/wiki/Category:Paintings_in_the_Nationalmuseum; Category:Paintings in the Nationalmuseum",
			"https://commons.wikimedia.org/wiki/Category:%C3%85lands_museum?uselang=sv#Files; Category:Ålands museum",
			"ängelholm; Category:Ängelholm",
			"1+1 exhibitions; Category:1+1 exhibitions" })
	void aNameWithOrWithoutItsPrefixIsTheTitle(String input, String title) {
		assertThat(CategoryTitles.normalise(input)).isEqualTo(title);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "Category:", "category: _ ", "Paintings|Sculptures", "Paintings [1900]", "A{{b}}",
			"Paintings#Files", "<script>", "Paintings%20in", "https://example.org/Category:X", "Bell\u0007" })
	void aNameThatCannotBeATitleIsInvalid(String input) {
		assertThatThrownBy(() -> CategoryTitles.normalise(input))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.INVALID));
	}

	@ParameterizedTest
	@ValueSource(ints = { 255, 256 })
	void aNameIsAtMost255Bytes(int length) {
		String name = "x".repeat(length);
		if (length <= 255) {
			assertThat(CategoryTitles.normalise(name)).isEqualTo("Category:X" + name.substring(1));
		}
		else {
			assertThatThrownBy(() -> CategoryTitles.normalise(name)).isInstanceOf(WikimediaException.class);
		}
	}
}
