package org.hubdesk.wikimedia;

import java.time.YearMonth;
import java.util.SortedMap;

/**
 * The views of a wiki page by people (not spiders or bots), on every kind of access, month by
 * month, from the Wikimedia REST API's page views ({@code hubdesk.impact.pageviews-api}). One
 * request per page and span, asked of the host with the same User-Agent, turn and waits as the
 * Action APIs; the figures change only once a month, so a caller keeps them.
 */
public interface PageViews {

	/**
	 * The views of the page in each month from {@code from} to {@code to}, both included, as the API
	 * gives them: a month without data is left out, and a page the API has no views of gives an empty
	 * map (the API's 404), not an error.
	 *
	 * @param wiki the wiki's host, as the global usage names it ({@code sv.wikipedia.org})
	 * @param title the page's title, with spaces or underscores ({@code Nordiska museet})
	 * @throws WikimediaException {@link WikimediaException.Kind#INVALID} for a wiki, title or span that
	 *         cannot be asked about (before any request), or the kind of the failure that stopped it
	 */
	SortedMap<YearMonth, Long> monthly(String wiki, String title, YearMonth from, YearMonth to);

	/** The same for a span of months, such as {@link MonthSpan#lastTwelveComplete}. */
	default SortedMap<YearMonth, Long> monthly(String wiki, String title, MonthSpan span) {
		return monthly(wiki, title, span.from(), span.to());
	}
}
