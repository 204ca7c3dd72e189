package org.hubdesk.needs.internal.insight;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hubdesk.needs.internal.insight.InsightFixtures.CODEBOOK;
import static org.hubdesk.needs.internal.insight.InsightFixtures.INTERVIEWS;
import static org.hubdesk.needs.internal.insight.InsightFixtures.highlight;

/** The codebook's tree and the inputs the insights refuse. */
class InsightCodebookTests {

	@Test
	void aSetIsClosedUnderItsAncestors() {
		Codebook deep = Codebook.of(Theme.root(1), Theme.child(2, 1), Theme.child(3, 2), Theme.root(4));

		assertThat(deep.withAncestors(List.of(3L))).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(deep.withAncestors(List.of(3L, 4L, 2L))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
		assertThat(deep.isAncestor(1, 3)).isTrue();
		assertThat(deep.isAncestor(3, 1)).isFalse();
		assertThat(deep.isAncestor(3, 3)).isFalse();
		assertThat(deep.ids()).containsExactly(1L, 2L, 3L, 4L);
	}

	@Test
	void aCycleAnUnknownParentAndATwiceGivenThemeAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Codebook.of(Theme.root(1), Theme.child(2, 3), Theme.child(3, 2)))
			.withMessageContaining("its own ancestor");
		assertThatIllegalArgumentException().isThrownBy(() -> Codebook.of(Theme.child(1, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> Codebook.of(Theme.child(2, 9)))
			.withMessageContaining("not in the codebook");
		assertThatIllegalArgumentException().isThrownBy(() -> Codebook.of(Theme.root(1), Theme.root(1)));
	}

	@Test
	void aHighlightOutsideTheCodebookOrTheInterviewsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Insights.of(CODEBOOK, INTERVIEWS, List.of(highlight(1, 10, 7, Set.of(99L), true, "x"))))
			.withMessageContaining("99");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Insights.of(CODEBOOK, INTERVIEWS, List.of(highlight(1, 99, 7, Set.of(1L), true, "x"))))
			.withMessageContaining("interview 99");
		assertThatIllegalArgumentException().isThrownBy(() -> highlight(1, 10, 7, Set.of(), true, "x"));
	}
}
