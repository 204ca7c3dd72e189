package org.hubdesk.needs.internal.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The representative quotes of a theme: highlights with the theme or a descendant, from quotable and
 * anonymous-only interviews (never from one not to be quoted), the longest first (length in
 * characters, leading and trailing white space left out), equal lengths by the lower highlight id,
 * up to the number asked. A passage that two coders highlighted alike in the same interview is quoted
 * once; a highlight with no text is not quoted.
 *
 * @param themeId the theme
 * @param quotes its quotes, possibly none
 */
public record ThemeQuotes(long themeId, List<Quote> quotes) {

	private static final Comparator<HighlightFacts> LONGEST_FIRST = Comparator
		.comparingInt((HighlightFacts highlight) -> length(highlight))
		.reversed()
		.thenComparingLong(HighlightFacts::id);

	public ThemeQuotes {
		quotes = List.copyOf(quotes);
	}

	static List<ThemeQuotes> of(Insights insights, int perTheme) {
		if (perTheme < 0) {
			throw new IllegalArgumentException("A theme cannot have " + perTheme + " quotes");
		}
		List<HighlightFacts> candidates = insights.highlights()
			.stream()
			.filter(highlight -> insights.interview(highlight.interviewId()).consent() != Consent.NOT_TO_BE_QUOTED)
			.filter(highlight -> length(highlight) > 0)
			.sorted(LONGEST_FIRST)
			.toList();
		List<ThemeQuotes> all = new ArrayList<>();
		for (long theme : insights.codebook().ids()) {
			List<Quote> quotes = new ArrayList<>();
			Set<List<Object>> passages = new HashSet<>();
			for (HighlightFacts highlight : candidates) {
				if (quotes.size() == perTheme) {
					break;
				}
				if (insights.themesOf(highlight).contains(theme)
						&& passages.add(List.of(highlight.interviewId(), highlight.text().strip()))) {
					quotes.add(Quote.of(highlight, insights.interview(highlight.interviewId())));
				}
			}
			all.add(new ThemeQuotes(theme, quotes));
		}
		return all;
	}

	private static int length(HighlightFacts highlight) {
		String text = highlight.text().strip();
		return text.codePointCount(0, text.length());
	}
}
