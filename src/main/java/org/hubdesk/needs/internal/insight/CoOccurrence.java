package org.hubdesk.needs.internal.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two themes mentioned in the same interviews. Themes are closed under their ancestors as everywhere
 * (an interview that mentions a theme mentions its ancestors), so a pair of a theme and one of its
 * ancestors is left out: every interview that mentions the one mentions the other, and the pair would
 * only repeat the theme's frequency. Only pairs mentioned together at least once are listed, most
 * interviews first, then by the first theme's id and the second's.
 *
 * @param firstThemeId the pair's theme with the lower id
 * @param secondThemeId the pair's theme with the higher id
 * @param interviews the interviews that mention both
 */
public record CoOccurrence(long firstThemeId, long secondThemeId, int interviews) {

	private static final Comparator<CoOccurrence> ORDER = Comparator.comparingInt(CoOccurrence::interviews)
		.reversed()
		.thenComparingLong(CoOccurrence::firstThemeId)
		.thenComparingLong(CoOccurrence::secondThemeId);

	static List<CoOccurrence> of(Insights insights) {
		Codebook codebook = insights.codebook();
		Map<List<Long>, Integer> counts = new LinkedHashMap<>();
		for (InterviewFacts interview : insights.interviews()) {
			List<Long> themes = insights.mentioned(interview).stream().sorted().toList();
			for (int i = 0; i < themes.size(); i++) {
				for (int j = i + 1; j < themes.size(); j++) {
					long first = themes.get(i);
					long second = themes.get(j);
					if (!codebook.isAncestor(first, second) && !codebook.isAncestor(second, first)) {
						counts.merge(List.of(first, second), 1, Integer::sum);
					}
				}
			}
		}
		List<CoOccurrence> pairs = new ArrayList<>();
		counts.forEach((pair, interviews) -> pairs.add(new CoOccurrence(pair.get(0), pair.get(1), interviews)));
		pairs.sort(ORDER);
		return pairs;
	}
}
