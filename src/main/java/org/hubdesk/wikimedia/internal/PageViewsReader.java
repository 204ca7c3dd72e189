package org.hubdesk.wikimedia.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.hubdesk.wikimedia.PageViews;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Reads monthly page views from the REST API
 * ({@code {pageviews-api}/per-article/{project}/all-access/user/{article}/monthly/{start}/{end}}),
 * through the host's {@link PoliteClient}. The article is the title with underscores for spaces,
 * percent-encoded as one path segment (a slash too); the span runs from the first hour of its first
 * month ({@code YYYYMM0100}) to the first hour of the last day of its last month
 * ({@code YYYYMMDD00}). A 404 is the API's way of saying it has no views of the page: no months.
 */
final class PageViewsReader implements PageViews {

	private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

	/** The longest title MediaWiki accepts, in UTF-8 bytes, with its namespace. */
	private static final int MAX_TITLE_BYTES = 512;

	private final URI base;
	private final PoliteClient host;

	PageViewsReader(URI base, PoliteClient host) {
		this.base = base;
		this.host = host;
	}

	@Override
	public SortedMap<YearMonth, Long> monthly(String wiki, String title, YearMonth from, YearMonth to) {
		URI uri = uri(project(wiki), article(title), from, to);
		PoliteClient.Reply reply = host.fetch(uri, new Tally());
		if (reply.status() == 404) {
			return Collections.emptySortedMap();
		}
		if (reply.status() == 403) {
			throw new WikimediaException(Kind.REFUSED, host.name() + " refused the request (HTTP 403)");
		}
		if (reply.status() >= 300 || reply.json() == null || !reply.json().path("items").isArray()) {
			throw new WikimediaException(Kind.BAD_ANSWER, host.name() + " answered HTTP " + reply.status()
					+ " without page views (" + reply.contentType() + ")");
		}
		SortedMap<YearMonth, Long> views = new TreeMap<>();
		for (JsonNode item : reply.json().path("items")) {
			YearMonth month = month(MediaWikiApi.text(item.get("timestamp"), ""));
			JsonNode count = item.get("views");
			if (month == null || count == null || !count.canConvertToLong() || count.asLong() < 0) {
				throw new WikimediaException(Kind.BAD_ANSWER, host.name() + " answered page views that cannot be read: " + item);
			}
			views.merge(month, count.asLong(), Long::sum);
		}
		return Collections.unmodifiableSortedMap(views);
	}

	private URI uri(String project, String article, YearMonth from, YearMonth to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new WikimediaException(Kind.INVALID, "Page views from " + from + " to " + to + " are none");
		}
		String start = from.format(MONTH) + "0100";
		String end = to.atEndOfMonth().format(DateTimeFormatter.BASIC_ISO_DATE) + "00";
		String root = base.toString().replaceAll("/+$", "");
		return URI.create(root + "/per-article/" + project + "/all-access/user/" + article + "/monthly/" + start + "/" + end);
	}

	/** The wiki's host ({@code sv.wikipedia.org}), with or without {@code https://} as given. */
	static String project(String wiki) {
		String host = wiki == null ? "" : wiki.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "")
			.replaceFirst("/.*$", "");
		if (!HOST.matcher(host).matches()) {
			throw new WikimediaException(Kind.INVALID, "Not a wiki's host: \"" + wiki + "\"");
		}
		return host;
	}

	/** The title as one path segment: underscores for spaces, everything else but letters and digits percent-encoded. */
	static String article(String title) {
		String name = title == null ? "" : title.strip().replaceAll("[\\s_]+", "_");
		if (name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > MAX_TITLE_BYTES) {
			throw new WikimediaException(Kind.INVALID, "Not a page's title: \"" + title + "\"");
		}
		return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static YearMonth month(String timestamp) {
		if (timestamp.length() != 10) {
			return null;
		}
		try {
			return YearMonth.parse(timestamp.substring(0, 6), MONTH);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
