package org.hubdesk.needs.internal.insight;

import java.util.List;
import java.util.Set;

import static org.hubdesk.needs.internal.insight.Consent.ANONYMOUS_ONLY;
import static org.hubdesk.needs.internal.insight.Consent.NOT_TO_BE_QUOTED;
import static org.hubdesk.needs.internal.insight.Consent.QUOTABLE;

/**
 * A small hub, computed by hand in the tests.
 *
 * <pre>
 * Codebook:  1 Resources ── 2 Funding, 3 Equipment
 *            4 Know-how  ── 5 Training
 *            6 Collaboration
 *            7 Tools
 *
 * Interviews (affiliate, region, type, consent):
 *   10  aff 100  ESEAP  chapter                quotable        Ana
 *   11  aff 100  ESEAP  chapter                anonymous only  "Interviewee B" (Ben)
 *   12  aff 200  SSA    user group             not to be quoted
 *   13  aff 300  SSA    chapter                quotable        Dee
 *   14  aff 400  MENA   thematic organization  quotable        Eve   (not coded)
 *
 * Highlights (interview, coder, themes, blind, text and its length) → themes with ancestors:
 *   H1   10  7  {2,3}  blind  "Money for cameras"                        17  → {1,2,3}
 *   H2   10  7  {5}    blind  "Teach us"                                  8  → {4,5}
 *   H3   10  8  {2}    blind  "Money"                                     5  → {1,2}
 *   H4   10  8  {4}    blind  "Know-how"                                  8  → {4}
 *   H5   11  7  {1}    blind  "Resources are thin"                       18  → {1}
 *   H6   11  8  {3}    blind  "Old laptops"                              11  → {1,3}
 *   H7   11  8  {6}    blind  "Museum"                                    6  → {6}
 *   H8   12  7  {1,6}  blind  "Libraries and archives are our partners"  39  → {1,6}
 *   H9   12  8  {3,6}  blind  "Partners"                                  8  → {1,3,6}
 *   H10  13  7  {5,6}  blind  "Training with others"                     20  → {4,5,6}
 *   H11  13  9  {2}    open   "Grants"                                    6  → {1,2}
 *   H12  10  9  {6}    open   "Collaboration"                            13  → {6}
 *   H13  13  7  {7}    blind  "Tools"                                     5  → {7}
 *
 * Themes each interview mentions (the union of its highlights'):
 *   10 → {1,2,3,4,5,6}   11 → {1,3,6}   12 → {1,3,6}   13 → {1,2,4,5,6,7}   14 → {}
 * </pre>
 */
final class InsightFixtures {

	static final Codebook CODEBOOK = Codebook.of(Theme.root(1), Theme.child(2, 1), Theme.child(3, 1), Theme.root(4),
			Theme.child(5, 4), Theme.root(6), Theme.root(7));

	static final List<InterviewFacts> INTERVIEWS = List.of(
			new InterviewFacts(10, 100L, "ESEAP", "chapter", QUOTABLE, "P10", "Ana"),
			new InterviewFacts(11, 100L, "ESEAP", "chapter", ANONYMOUS_ONLY, "Interviewee B", "Ben"),
			new InterviewFacts(12, 200L, "SSA", "user group", NOT_TO_BE_QUOTED, "P12", "Cy"),
			new InterviewFacts(13, 300L, "SSA", "chapter", QUOTABLE, "P13", "Dee"),
			new InterviewFacts(14, 400L, "MENA", "thematic organization", QUOTABLE, "P14", "Eve"));

	static final List<HighlightFacts> HIGHLIGHTS = List.of(
			highlight(1, 10, 7, Set.of(2L, 3L), true, "Money for cameras"), highlight(2, 10, 7, Set.of(5L), true, "Teach us"), highlight(3, 10, 8, Set.of(2L), true, "Money"),
			highlight(4, 10, 8, Set.of(4L), true, "Know-how"),
			highlight(5, 11, 7, Set.of(1L), true, "Resources are thin"),
			highlight(6, 11, 8, Set.of(3L), true, "Old laptops"), highlight(7, 11, 8, Set.of(6L), true, "Museum"),
			highlight(8, 12, 7, Set.of(1L, 6L), true, "Libraries and archives are our partners"),
			highlight(9, 12, 8, Set.of(3L, 6L), true, "Partners"),
			highlight(10, 13, 7, Set.of(5L, 6L), true, "Training with others"),
			highlight(11, 13, 9, Set.of(2L), false, "Grants"), highlight(12, 10, 9, Set.of(6L), false, "Collaboration"),
			highlight(13, 13, 7, Set.of(7L), true, "Tools"));

	private InsightFixtures() {
	}

	static Insights insights() {
		return Insights.of(CODEBOOK, INTERVIEWS, HIGHLIGHTS);
	}

	static HighlightFacts highlight(long id, long interview, long coder, Set<Long> themes, boolean blind, String text) {
		return new HighlightFacts(id, interview, coder, themes, blind, text);
	}
}
