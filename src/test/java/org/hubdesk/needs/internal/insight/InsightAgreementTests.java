package org.hubdesk.needs.internal.insight;

import java.util.List;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hubdesk.needs.internal.insight.InsightFixtures.CODEBOOK;
import static org.hubdesk.needs.internal.insight.InsightFixtures.INTERVIEWS;
import static org.hubdesk.needs.internal.insight.InsightFixtures.highlight;
import static org.hubdesk.needs.internal.insight.InsightFixtures.insights;

/**
 * Cohen's kappa between coders, on {@link InsightFixtures}. Coder 7 coded 10, 11, 12 and 13 blind,
 * coder 8 coded 10, 11 and 12 blind, coder 9 coded 10 and 13 openly. Units for 7 and 8: interviews 10,
 * 11 and 12 (n = 3), themes present (with ancestors):
 *
 * <pre>
 *   coder 7:  10 → {1,2,3,4,5}  11 → {1}       12 → {1,6}
 *   coder 8:  10 → {1,2,4}      11 → {1,3,6}   12 → {1,3,6}
 * </pre>
 *
 * Themes applied in those interviews: 7 applied 2 3 5 1 6 and 8 applied 2 4 3 6, so 1 to 6; theme 7 was
 * applied by 7 in interview 13 only, which 8 did not code.
 */
class InsightAgreementTests {

	private static final Offset<Double> EXACT = Offset.offset(1e-12);

	@Test
	void onlyThePairWhoBothCodedBlindIsMeasuredAndOpenCodingsAreLeftOut() {
		List<CoderAgreement> pairs = insights().agreement();
		System.out.println("agreement: " + pairs);

		// had coder 9's open codings counted, 7 and 9 would share 10 and 13, 8 and 9 would share 10
		assertThat(pairs).extracting(CoderAgreement::firstCoderId, CoderAgreement::secondCoderId,
				CoderAgreement::interviews)
			.containsExactly(tuple(7L, 8L, 3));
		assertThat(pairs.get(0).themes()).extracting(ThemeAgreement::themeId)
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
	}

	@Test
	void kappaPerThemeFromItsOwnTable() {
		List<ThemeAgreement> themes = insights().agreement().get(0).themes();

		// (both, first only, second only, neither) over 10, 11, 12; pₑ = (p₁p₂ + (1−p₁)(1−p₂))
		// 1: 7 YYY, 8 YYY → (3,0,0,0): pₒ = 1, pₑ = (3·3 + 0·0)/9 = 1 → κ undefined
		// 2: 7 YNN, 8 YNN → (1,0,0,2): pₒ = 1, pₑ = (1·1 + 2·2)/9 = 5/9, κ = (1 − 5/9)/(4/9) = 1
		// 3: 7 YNN, 8 NYY → (0,1,2,0): pₒ = 0, pₑ = (1·2 + 2·1)/9 = 4/9, κ = (0 − 4/9)/(5/9) = −0.8
		// 4: 7 YNN (by 5, a descendant), 8 YNN → (1,0,0,2): κ = 1
		// 5: 7 YNN, 8 NNN → (0,1,0,2): pₒ = 2/3, pₑ = (1·0 + 2·3)/9 = 6/9, κ = (6/9 − 6/9)/(3/9) = 0
		// 6: 7 NNY, 8 NYY → (1,0,1,1): pₒ = 2/3, pₑ = (1·2 + 2·1)/9 = 4/9, κ = (2/9)/(5/9) = 0.4
		assertThat(themes).extracting(t -> t.agreement().both(), t -> t.agreement().firstOnly(),
				t -> t.agreement().secondOnly(), t -> t.agreement().neither())
			.containsExactly(tuple(3, 0, 0, 0), tuple(1, 0, 0, 2), tuple(0, 1, 2, 0), tuple(1, 0, 0, 2),
					tuple(0, 1, 0, 2), tuple(1, 0, 1, 1));
		assertThat(themes).extracting(t -> t.agreement().units()).containsOnly(3);
		assertThat(themes.get(0).agreement().kappa()).isNull();
		assertThat(themes.get(0).agreement().observedAgreement()).isEqualTo(1.0);
		assertThat(themes.get(0).agreement().expectedAgreement()).isEqualTo(1.0);
		assertThat(themes.get(1).agreement().kappa()).isCloseTo(1.0, EXACT);
		assertThat(themes.get(1).agreement().expectedAgreement()).isCloseTo(5.0 / 9, EXACT);
		assertThat(themes.get(2).agreement().kappa()).isCloseTo(-0.8, EXACT);
		assertThat(themes.get(2).agreement().observedAgreement()).isZero();
		assertThat(themes.get(3).agreement().kappa()).isCloseTo(1.0, EXACT);
		assertThat(themes.get(4).agreement().kappa()).isCloseTo(0.0, EXACT);
		assertThat(themes.get(4).agreement().observedAgreement()).isCloseTo(2.0 / 3, EXACT);
		assertThat(themes.get(5).agreement().kappa()).isCloseTo(0.4, EXACT);
		assertThat(themes.get(5).agreement().expectedAgreement()).isCloseTo(4.0 / 9, EXACT);
	}

	@Test
	void thePooledKappaComesFromOneTableOverAllUnitsNotFromTheMeanOfKappas() {
		Agreement pooled = insights().agreement().get(0).pooled();

		// both 3+1+0+1+0+1 = 6, first only 0+0+1+0+1+0 = 2, second only 0+0+2+0+0+1 = 3,
		// neither 0+2+0+2+2+1 = 7; n = 18
		// pₒ = 13/18; p₁ = 8/18, p₂ = 9/18; pₑ = (8·9 + 10·9)/324 = 162/324 = 1/2
		// κ = (13/18 − 1/2)/(1/2) = 4/9 ≈ 0.444 (the mean of the defined kappas would be 1.6/5 = 0.32)
		assertThat(pooled).isEqualTo(new Agreement(6, 2, 3, 7));
		assertThat(pooled.units()).isEqualTo(18);
		assertThat(pooled.observedAgreement()).isCloseTo(13.0 / 18, EXACT);
		assertThat(pooled.expectedAgreement()).isCloseTo(0.5, EXACT);
		assertThat(pooled.kappa()).isCloseTo(4.0 / 9, EXACT);
	}

	@Test
	void aCoderWithBlindAndOpenHighlightsIsMeasuredOnTheBlindOnes() {
		Insights insights = Insights.of(CODEBOOK, INTERVIEWS,
				List.of(highlight(1, 10, 7, Set.of(2L), true, "a"), highlight(2, 10, 8, Set.of(2L), true, "a"),
						highlight(3, 11, 7, Set.of(6L), true, "b"), highlight(4, 11, 8, Set.of(7L), true, "c"),
						highlight(5, 11, 8, Set.of(6L), false, "b")));

		// units 10 and 11; themes applied blind: 2, 6, 7 (the open 6 of coder 8 in 11 is left out)
		// 2: (1,0,0,1) κ = 1   6: 7 NY, 8 NN → (0,1,0,1): pₒ = 1/2, pₑ = (1·0 + 1·2)/4 = 1/2, κ = 0
		// 7: (0,0,1,1): κ = 0
		CoderAgreement pair = insights.agreement().get(0);
		assertThat(pair.themes()).extracting(ThemeAgreement::themeId, t -> t.agreement())
			.containsExactly(tuple(2L, new Agreement(1, 0, 0, 1)), tuple(6L, new Agreement(0, 1, 0, 1)),
					tuple(7L, new Agreement(0, 0, 1, 1)));
		// pooled (1,1,1,3): n = 6, pₒ = 4/6, pₑ = (2·2 + 4·4)/36 = 20/36, κ = (24 − 20)/(36 − 20) = 0.25
		assertThat(pair.pooled()).isEqualTo(new Agreement(1, 1, 1, 3));
		assertThat(pair.pooled().kappa()).isCloseTo(0.25, EXACT);
	}
}
