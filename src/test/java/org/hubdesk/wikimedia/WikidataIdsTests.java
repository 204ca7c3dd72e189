package org.hubdesk.wikimedia;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.hubdesk.wikimedia.WikimediaException.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wikidata ids pasted one a line, made into the ids the API knows. */
class WikidataIdsTests {

	@Test
	void readsIdsAndLinksOneALineEachOnce() {
		assertThat(WikidataIds.normalise("Q42\n  q1140826 \r\n\nhttps://www.wikidata.org/wiki/Q1198480\n"
				+ "http://wikidata.org/entity/Q42\nhttps://m.wikidata.org/wiki/Q5?uselang=sv"))
			.containsExactly("Q42", "Q1140826", "Q1198480", "Q5");
		assertThat(WikidataIds.normalise("  \n")).isEmpty();
		assertThat(WikidataIds.normalise(null)).isEmpty();
	}

	@Test
	void namesTheFirstLineThatIsNoItem() {
		assertThatThrownBy(() -> WikidataIds.normalise("Q42\nP31\nfoo"))
			.isInstanceOfSatisfying(WikimediaException.class, ex -> assertThat(ex.getKind()).isEqualTo(Kind.INVALID))
			.hasMessageContaining("Line 2").hasMessageContaining("P31");
		for (String wrong : new String[] { "Q0", "Q", "Q42a", "Q-1", "https://www.wikidata.org/wiki/Property:P31",
				"https://example.org/wiki/Q42" }) {
			assertThatThrownBy(() -> WikidataIds.normalise(wrong)).as(wrong).isInstanceOf(WikimediaException.class);
		}
	}

	@Test
	void takesAtMostFiveHundredItems() {
		String many = IntStream.rangeClosed(1, 500).mapToObj(n -> "Q" + n).collect(Collectors.joining("\n"));
		assertThat(WikidataIds.normalise(many + "\nQ1")).hasSize(500);
		assertThatThrownBy(() -> WikidataIds.normalise(many + "\nQ501")).isInstanceOf(WikimediaException.class)
			.hasMessageContaining("500");
	}
}
