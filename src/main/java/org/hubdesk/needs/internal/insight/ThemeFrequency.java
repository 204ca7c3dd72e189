package org.hubdesk.needs.internal.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often a theme comes up, counted three ways. A highlight counts for each of its themes and each
 * of their ancestors, once for an ancestor two of its themes share. An interview counts once for each
 * theme it mentions, whatever the number of its coders and highlights; an affiliate counts once for
 * each theme one of its interviews mentions, whatever the number of its interviews (interviews without
 * an affiliate count for none).
 *
 * @param themeId the theme
 * @param highlights the highlights with the theme or a descendant
 * @param interviews the interviews that mention it
 * @param affiliates the affiliates with an interview that mentions it
 */
public record ThemeFrequency(long themeId, int highlights, int interviews, int affiliates) {

	static List<ThemeFrequency> of(Insights insights) {
		Map<Long, Integer> byHighlights = new HashMap<>();
		for (HighlightFacts highlight : insights.highlights()) {
			for (Long theme : insights.themesOf(highlight)) {
				byHighlights.merge(theme, 1, Integer::sum);
			}
		}
		List<ThemeFrequency> frequencies = new ArrayList<>();
		for (long theme : insights.codebook().ids()) {
			int interviews = 0;
			Set<Long> affiliates = new HashSet<>();
			for (InterviewFacts interview : insights.interviews()) {
				if (insights.mentions(interview, theme)) {
					interviews++;
					if (interview.affiliateId() != null) {
						affiliates.add(interview.affiliateId());
					}
				}
			}
			frequencies.add(
					new ThemeFrequency(theme, byHighlights.getOrDefault(theme, 0), interviews, affiliates.size()));
		}
		return frequencies;
	}
}
