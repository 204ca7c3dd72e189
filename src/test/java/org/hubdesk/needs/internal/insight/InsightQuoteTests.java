package org.hubdesk.needs.internal.insight;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.hubdesk.needs.internal.insight.InsightFixtures.CODEBOOK;
import static org.hubdesk.needs.internal.insight.InsightFixtures.INTERVIEWS;
import static org.hubdesk.needs.internal.insight.InsightFixtures.highlight;
import static org.hubdesk.needs.internal.insight.InsightFixtures.insights;

/** Representative quotes: quotable and anonymous-only interviews only, longest first. */
class InsightQuoteTests {

	@Test
	void theLongestPassagesOfQuotableInterviewsAreQuotedAndNeverOneNotToBeQuoted() {
		List<ThemeQuotes> quotes = insights().quotes(2);
		System.out.println("quotes: " + quotes);

		// candidates, longest first (interview 12's H8, 39 characters, and H9 are not to be quoted):
		//   H10 20, H5 18, H1 17, H12 13, H6 11, H2 8, H4 8, H7 6, H11 6, H3 5, H13 5
		// 1: H5 H1 (H6 H11 H3 left)   2: H1 H11 (H3)   3: H1 H6   4: H10, then H2 before H4 (both 8: lower id)
		// 5: H10 H2   6: H10 H12 (H7)   7: H13
		assertThat(quotes).extracting(ThemeQuotes::themeId,
				theme -> theme.quotes().stream().map(Quote::highlightId).toList())
			.containsExactly(tuple(1L, List.of(5L, 1L)), tuple(2L, List.of(1L, 11L)), tuple(3L, List.of(1L, 6L)),
					tuple(4L, List.of(10L, 2L)), tuple(5L, List.of(10L, 2L)), tuple(6L, List.of(10L, 12L)),
					tuple(7L, List.of(13L)));
		assertThat(quotes).flatExtracting(ThemeQuotes::quotes).extracting(Quote::interviewId).doesNotContain(12L);
	}

	@Test
	void anAnonymousOnlyInterviewIsQuotedUnderItsPseudonymWithNeitherNameNorAffiliate() {
		List<Quote> resources = insights().quotes(2).get(0).quotes();

		assertThat(resources).extracting(Quote::text, Quote::speaker, Quote::anonymous, Quote::affiliateId)
			.containsExactly(tuple("Resources are thin", "Interviewee B", true, null),
					tuple("Money for cameras", "Ana", false, 100L));
		assertThat(resources).extracting(Quote::speaker).doesNotContain("Ben");
	}

	@Test
	void aPassageTwoCodersHighlightedAlikeIsQuotedOnce() {
		Insights insights = Insights.of(CODEBOOK, INTERVIEWS,
				List.of(highlight(1, 10, 7, Set.of(6L), true, " Together we do more "),
						highlight(2, 10, 8, Set.of(6L), true, "Together we do more"),
						highlight(3, 13, 7, Set.of(6L), true, "Together we do more"),
						highlight(4, 13, 7, Set.of(6L), true, "Us")));

		// 1 and 2 are one passage of interview 10 (white space aside); 3 is the same words in interview 13
		assertThat(insights.quotes(3).get(5).quotes()).extracting(Quote::highlightId).containsExactly(1L, 3L, 4L);
		assertThat(insights.quotes(3).get(5).quotes().get(0).text()).isEqualTo("Together we do more");
		assertThat(insights.quotes(0).get(5).quotes()).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> insights.quotes(-1));
	}
}
