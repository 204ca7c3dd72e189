package org.hubdesk.reporting.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrapping measured in characters here (one unit each), so the arithmetic is plain. */
class LabelLinesTests {

	private final LabelLines tenWide = new LabelLines(String::length, 10, 3);

	@Test
	void aShortLabelIsOneLine() {
		assertThat(tenWide.wrap("  South Asia ")).containsExactly("South Asia");
	}

	@Test
	void wordsWrapBetweenThemselves() {
		assertThat(tenWide.wrap("East, Southeast Asia and the Pacific"))
			.containsExactly("East,", "Southeast", "Asia and…");
		assertThat(new LabelLines(String::length, 10, 5).wrap("East, Southeast Asia and the Pacific"))
			.containsExactly("East,", "Southeast", "Asia and", "the", "Pacific");
	}

	@Test
	void aWordWiderThanALineIsCutInside() {
		assertThat(tenWide.wrap("Förderungsgesellschaft e. V."))
			.containsExactly("Förderungs", "gesellscha", "ft e. V.");
	}

	@Test
	void everyLineFitsAndThereAreNoMoreThanAllowed() {
		String label = "Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e. V.";
		List<String> lines = tenWide.wrap(label);

		assertThat(lines).hasSize(3).allMatch(line -> line.length() <= 10);
		assertThat(lines.get(2)).endsWith("…");
	}

	@Test
	void aLineEvenNarrowerThanOneCharacterStillMakesProgress() {
		assertThat(new LabelLines(String::length, 0, 2).wrap("ab")).containsExactly("a", "…");
	}
}
