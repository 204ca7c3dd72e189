package org.hubdesk.impact.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubdesk.wikimedia.MonthSpan;
import org.hubdesk.wikimedia.PageViews;
import org.hubdesk.wikimedia.TopPage;
import org.hubdesk.wikimedia.WikimediaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The page views of a target's top pages over the last twelve complete months (human readers, every
 * kind of access, month by month). A complete month's views do not change, so each (page, month) is
 * asked of the page-views API once and kept ({@code impact_page_views}); a month without a record
 * counts 0. Page views are a bonus: when they cannot be read, the page shows none rather than the
 * snapshot failing.
 */
@Component
class TopPageViews {

	private static final Logger log = LoggerFactory.getLogger(TopPageViews.class);
	private final PageViews pageViews;
	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	TopPageViews(PageViews pageViews, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.pageViews = pageViews;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The top pages as a snapshot keeps them, with their views when asked for. */
	List<TopPages.Page> of(List<TopPage> top, boolean withViews) {
		MonthSpan span = MonthSpan.lastTwelveComplete(clock);
		YearMonth first = span.from();
		YearMonth last = span.to();
		List<TopPages.Page> pages = new ArrayList<>(top.size());
		boolean reachable = true;
		for (TopPage page : top) {
			Long views = null;
			if (withViews && reachable) {
				try {
					views = views(page.wiki(), page.title(), first, last);
				}
				catch (WikimediaException ex) {
					log.info("Page views of {} on {} could not be read: {}", page.title(), page.wiki(), ex.getMessage());
					reachable = false;
				}
			}
			pages.add(new TopPages.Page(page.wiki(), page.title(), page.namespace(), page.url(), page.files(), views));
		}
		return pages;
	}

	private long views(String wiki, String title, YearMonth first, YearMonth last) {
		Map<String, Long> kept = new HashMap<>();
		jdbc.query("select period, views from impact_page_views where wiki = :wiki and title = :title"
				+ " and period between :first and :last", params(wiki, title).addValue("first", first.toString())
					.addValue("last", last.toString()),
				rs -> {
					kept.put(rs.getString(1), rs.getLong(2));
				});
		List<YearMonth> missing = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			if (!kept.containsKey(m.toString())) {
				missing.add(m);
			}
		}
		if (!missing.isEmpty()) {
			YearMonth from = missing.get(0);
			YearMonth to = missing.get(missing.size() - 1);
			Map<YearMonth, Long> read = pageViews.monthly(wiki, title, from, to);
			for (YearMonth m : missing) {
				long views = read.getOrDefault(m, 0L);
				kept.put(m.toString(), views);
				try {
					jdbc.update("insert into impact_page_views (wiki, title, period, views) values (:wiki, :title, :period, :views)",
							params(wiki, title).addValue("period", m.toString()).addValue("views", views));
				}
				catch (DuplicateKeyException ex) {
					// another target's refresh kept the same month of the same page meanwhile
				}
			}
		}
		return kept.values().stream().mapToLong(Long::longValue).sum();
	}

	private static MapSqlParameterSource params(String wiki, String title) {
		return new MapSqlParameterSource("wiki", wiki).addValue("title", title.length() > 400 ? title.substring(0, 400) : title);
	}
}
