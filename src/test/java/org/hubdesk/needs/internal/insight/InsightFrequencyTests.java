package org.hubdesk.needs.internal.insight;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hubdesk.needs.internal.insight.InsightFixtures.insights;

/** Theme frequency, the cross-tabulations and co-occurrence, on {@link InsightFixtures}. */
class InsightFrequencyTests {

	@Test
	void themesAreCountedByHighlightsInterviewsAndAffiliates() {
		System.out.println("frequencies: " + insights().frequencies());

		// highlights, with ancestors (H1 has 2 and 3: it counts once for their parent 1):
		//   1: H1 H3 H5 H6 H8 H9 H11 = 7   2: H1 H3 H11 = 3   3: H1 H6 H9 = 3   4: H2 H4 H10 = 3
		//   5: H2 H10 = 2   6: H7 H8 H9 H10 H12 = 5   7: H13 = 1
		// interviews (10 has theme 2 from coders 7 and 8, and 6 from two highlights: once each):
		//   1: 10 11 12 13 = 4   2: 10 13 = 2   3: 10 11 12 = 3   4: 10 13 = 2   5: 10 13 = 2
		//   6: 10 11 12 13 = 4   7: 13 = 1
		// affiliates (10 and 11 are both affiliate 100: once):
		//   1: 100 200 300 = 3   2: 100 300 = 2   3: 100 200 = 2   4, 5: 100 300 = 2
		//   6: 100 200 300 = 3   7: 300 = 1
		assertThat(insights().frequencies())
			.extracting(ThemeFrequency::themeId, ThemeFrequency::highlights, ThemeFrequency::interviews,
					ThemeFrequency::affiliates)
			.containsExactly(tuple(1L, 7, 4, 3), tuple(2L, 3, 2, 2), tuple(3L, 3, 3, 2), tuple(4L, 3, 2, 2),
					tuple(5L, 2, 2, 2), tuple(6L, 5, 4, 3), tuple(7L, 1, 1, 1));
	}

	@Test
	void themeByRegionCountsInterviewsAndSharesOfTheColumn() {
		CrossTab tab = insights().byRegion();
		System.out.println("by region: " + tab);

		// columns, alphabetical: ESEAP = {10, 11}, MENA = {14, coded with nothing}, SSA = {12, 13}
		assertThat(tab.columns()).extracting(CrossTab.Column::key, CrossTab.Column::interviews)
			.containsExactly(tuple("ESEAP", 2), tuple("MENA", 1), tuple("SSA", 2));
		// 1: 10 11 | – | 12 13    2: 10 | – | 13    3: 10 11 | – | 12    4, 5: 10 | – | 13
		// 6: 10 11 | – | 12 13    7: – | – | 13
		assertThat(tab.rows()).extracting(CrossTab.Row::themeId, row -> interviews(row))
			.containsExactly(tuple(1L, List.of(2, 0, 2)), tuple(2L, List.of(1, 0, 1)), tuple(3L, List.of(2, 0, 1)),
					tuple(4L, List.of(1, 0, 1)), tuple(5L, List.of(1, 0, 1)), tuple(6L, List.of(2, 0, 2)),
					tuple(7L, List.of(0, 0, 1)));
		// 3: 2/2 = 1, 0/1 = 0 (nobody in MENA mentions it), 1/2 = 0.5
		assertThat(shares(tab, 3)).containsExactly(1.0, 0.0, 0.5);
		// 7: 0/2, 0/1, 1/2
		assertThat(shares(tab, 7)).containsExactly(0.0, 0.0, 0.5);
	}

	@Test
	void themeByAffiliateTypeCountsInterviewsAndSharesOfTheColumn() {
		CrossTab tab = insights().byAffiliateType();
		System.out.println("by affiliate type: " + tab);

		// chapter = {10, 11, 13}, thematic organization = {14}, user group = {12}
		assertThat(tab.columns()).extracting(CrossTab.Column::key, CrossTab.Column::interviews)
			.containsExactly(tuple("chapter", 3), tuple("thematic organization", 1), tuple("user group", 1));
		// 1: 3/3, 0/1, 1/1    2: 10 13 → 2/3, 0/1, 0/1    3: 10 11 → 2/3, 0/1, 12 → 1/1    7: 13 → 1/3, 0, 0
		assertThat(shares(tab, 1)).containsExactly(1.0, 0.0, 1.0);
		assertThat(shares(tab, 2)).containsExactly(2.0 / 3, 0.0, 0.0);
		assertThat(shares(tab, 3)).containsExactly(2.0 / 3, 0.0, 1.0);
		assertThat(shares(tab, 7)).containsExactly(1.0 / 3, 0.0, 0.0);
		assertThat(tab.cell(2, "chapter").interviews()).isEqualTo(2);
		assertThat(tab.cell(2, "user group").interviews()).isZero();
	}

	@Test
	void coOccurrenceCountsInterviewsMentioningBothAndLeavesOutAThemeWithItsAncestor() {
		List<CoOccurrence> pairs = insights().coOccurrences();
		System.out.println("co-occurrence: " + pairs);

		// pairs in each interview, without (1,2), (1,3) and (4,5):
		//   10 {1..6}: 14 15 16 23 24 25 26 34 35 36 46 56
		//   11, 12 {1,3,6}: 16 36
		//   13 {1,2,4,5,6,7}: 14 15 16 17 24 25 26 27 46 47 56 57 67
		// 16: 10 11 12 13 = 4; 36: 10 11 12 = 3; 14 15 24 25 26 46 56: 10 13 = 2; the rest once
		assertThat(pairs).extracting(CoOccurrence::firstThemeId, CoOccurrence::secondThemeId, CoOccurrence::interviews)
			.containsExactly(tuple(1L, 6L, 4), tuple(3L, 6L, 3), tuple(1L, 4L, 2), tuple(1L, 5L, 2), tuple(2L, 4L, 2),
					tuple(2L, 5L, 2), tuple(2L, 6L, 2), tuple(4L, 6L, 2), tuple(5L, 6L, 2), tuple(1L, 7L, 1),
					tuple(2L, 3L, 1), tuple(2L, 7L, 1), tuple(3L, 4L, 1), tuple(3L, 5L, 1), tuple(4L, 7L, 1),
					tuple(5L, 7L, 1), tuple(6L, 7L, 1));
	}

	private static List<Integer> interviews(CrossTab.Row row) {
		return row.cells().stream().map(CrossTab.Cell::interviews).toList();
	}

	private static List<Double> shares(CrossTab tab, long theme) {
		return tab.rows().stream()
			.filter(row -> row.themeId() == theme)
			.flatMap(row -> row.cells().stream())
			.map(CrossTab.Cell::share)
			.toList();
	}
}
