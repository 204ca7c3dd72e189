package org.hubdesk.needs.internal.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The agreement of two coders who both coded some interviews blind, measured with Cohen's kappa. Only
 * blind highlights are read: a coder coded an interview blind when they have a blind highlight in it,
 * and their other highlights, like everyone else's, are left out.
 * <p>
 * The themes are those either coder applied to a highlight in an interview they both coded blind. For
 * each theme, a unit is one such interview, in which a coder finds the theme present when they
 * highlighted a passage with the theme or a descendant. Each theme has its own 2×2 table and kappa;
 * the pooled table adds up the units of all the themes (it is not a mean of the themes' kappas).
 * <p>
 * A coder who coded an interview blind and applied no theme in it has no highlight there, so the
 * interview is not among those they coded.
 *
 * @param firstCoderId the coder with the lower id
 * @param secondCoderId the other
 * @param interviews the interviews both coded blind
 * @param themes each theme's agreement, in the codebook's order
 * @param pooled the table over all the units of all the themes
 */
public record CoderAgreement(long firstCoderId, long secondCoderId, int interviews, List<ThemeAgreement> themes,
		Agreement pooled) {

	public CoderAgreement {
		themes = List.copyOf(themes);
	}

	/** The pairs of coders with an interview both coded blind, by the first coder's id then the second's. */
	static List<CoderAgreement> of(Insights insights) {
		// coder → interview → the themes they applied there, and the same closed under ancestors
		Map<Long, Map<Long, Set<Long>>> applied = new TreeMap<>();
		Map<Long, Map<Long, Set<Long>>> present = new TreeMap<>();
		for (HighlightFacts highlight : insights.highlights()) {
			if (highlight.blind()) {
				applied.computeIfAbsent(highlight.coderId(), c -> new HashMap<>())
					.computeIfAbsent(highlight.interviewId(), i -> new HashSet<>())
					.addAll(highlight.themeIds());
				present.computeIfAbsent(highlight.coderId(), c -> new HashMap<>())
					.computeIfAbsent(highlight.interviewId(), i -> new HashSet<>())
					.addAll(insights.themesOf(highlight));
			}
		}
		List<Long> coders = List.copyOf(applied.keySet());
		List<CoderAgreement> pairs = new ArrayList<>();
		for (int i = 0; i < coders.size(); i++) {
			for (int j = i + 1; j < coders.size(); j++) {
				Map<Long, Set<Long>> first = present.get(coders.get(i));
				Map<Long, Set<Long>> second = present.get(coders.get(j));
				Set<Long> shared = new TreeSet<>(first.keySet());
				shared.retainAll(second.keySet());
				if (shared.isEmpty()) {
					continue;
				}
				Set<Long> used = new HashSet<>();
				for (Long interview : shared) {
					used.addAll(applied.get(coders.get(i)).get(interview));
					used.addAll(applied.get(coders.get(j)).get(interview));
				}
				List<ThemeAgreement> themes = new ArrayList<>();
				int[] pooled = new int[4];
				for (long theme : insights.codebook().ids()) {
					if (used.contains(theme)) {
						int[] table = new int[4];
						for (Long interview : shared) {
							count(table, first.get(interview).contains(theme), second.get(interview).contains(theme));
							count(pooled, first.get(interview).contains(theme), second.get(interview).contains(theme));
						}
						themes.add(new ThemeAgreement(theme, agreement(table)));
					}
				}
				pairs.add(new CoderAgreement(coders.get(i), coders.get(j), shared.size(), themes, agreement(pooled)));
			}
		}
		return pairs;
	}

	private static void count(int[] table, boolean first, boolean second) {
		table[first ? (second ? 0 : 1) : (second ? 2 : 3)]++;
	}

	private static Agreement agreement(int[] table) {
		return new Agreement(table[0], table[1], table[2], table[3]);
	}
}
