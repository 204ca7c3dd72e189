package org.hubdesk.wikimedia.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubdesk.wikimedia.CommonsFile;
import org.hubdesk.wikimedia.FileUse;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import tools.jackson.databind.JsonNode;

/**
 * The file pages of generator answers ({@code prop=globalusage|imageinfo}), merged by page id: an
 * answer that continues a batch repeats its pages with the next part of their usage and without the
 * file information already given, so each page's usage is added to, never replaced, and its file
 * information is kept from whichever answer had it. A page met again in another category's answers
 * merges the same way.
 */
final class FilePages {

	private static final Comparator<FileUse> BY_WIKI_AND_TITLE = Comparator.comparing(FileUse::wiki)
		.thenComparing(FileUse::title);

	private final Map<Long, Page> pages = new LinkedHashMap<>();

	/** Adds the pages of one answer; an answer without {@code query} (an empty category) adds none. */
	void add(JsonNode answer) {
		JsonNode list = answer.path("query").path("pages");
		if (list.isMissingNode()) {
			return;
		}
		if (!list.isArray()) {
			throw bad("pages that are not a list");
		}
		for (JsonNode node : list) {
			JsonNode id = node.get("pageid");
			if (id == null && node.has("missing")) {
				continue;
			}
			if (id == null || !id.canConvertToLong() || !id.isIntegralNumber()) {
				throw bad("a page without a page id: " + node);
			}
			String title = MediaWikiApi.text(node.get("title"), null);
			if (title == null) {
				throw bad("a page without a title: " + node);
			}
			Page page = pages.computeIfAbsent(id.longValue(), key -> new Page(key, title));
			page.info(node.path("imageinfo").path(0));
			JsonNode usage = node.path("globalusage");
			if (!usage.isMissingNode() && !usage.isArray()) {
				throw bad("a global usage that is not a list: " + node);
			}
			for (JsonNode use : usage) {
				page.use(use(use));
			}
		}
	}

	/** How many files have been read so far. */
	int size() {
		return pages.size();
	}

	/** The files read so far, by title. */
	List<CommonsFile> files() {
		return pages.values().stream().map(Page::file).sorted(Comparator.comparing(CommonsFile::title)).toList();
	}

	private static FileUse use(JsonNode use) {
		String wiki = MediaWikiApi.text(use.get("wiki"), null);
		String title = MediaWikiApi.text(use.get("title"), null);
		if (wiki == null || title == null) {
			throw bad("a use without a wiki or title: " + use);
		}
		return new FileUse(wiki, title.replace('_', ' '), namespace(use), MediaWikiApi.text(use.get("url"), null));
	}

	/** The namespace of a use, which comes as a number or as a string. */
	private static int namespace(JsonNode use) {
		JsonNode ns = use.get("ns");
		if (ns != null && ns.isIntegralNumber() && ns.canConvertToInt()) {
			return ns.intValue();
		}
		if (ns != null && ns.isString() && ns.stringValue().strip().matches("-?\\d{1,9}")) {
			return Integer.parseInt(ns.stringValue().strip());
		}
		throw bad("a use without a namespace: " + use);
	}

	private static WikimediaException bad(String what) {
		return new WikimediaException(Kind.BAD_ANSWER, "Commons answered " + what);
	}

	/** A file page as far as it has been read. */
	private static final class Page {

		final long id;
		final String title;
		final Map<String, FileUse> uses = new LinkedHashMap<>();
		String url;
		String descriptionUrl;
		String mime;
		long size = -1;
		Instant uploaded;
		boolean informed;

		Page(long id, String title) {
			this.id = id;
			this.title = title;
		}

		void info(JsonNode info) {
			if (informed || !info.isObject()) {
				return;
			}
			informed = true;
			url = MediaWikiApi.text(info.get("url"), null);
			descriptionUrl = MediaWikiApi.text(info.get("descriptionurl"), null);
			mime = MediaWikiApi.text(info.get("mime"), null);
			size = info.path("size").canConvertToLong() ? info.path("size").longValue() : -1;
			uploaded = instant(MediaWikiApi.text(info.get("timestamp"), null));
		}

		void use(FileUse use) {
			uses.putIfAbsent(use.wiki() + '\n' + use.title(), use);
		}

		CommonsFile file() {
			List<FileUse> sorted = new ArrayList<>(uses.values());
			sorted.sort(BY_WIKI_AND_TITLE);
			return new CommonsFile(title, id, url, descriptionUrl, mime, size, uploaded, sorted);
		}

		private static Instant instant(String timestamp) {
			try {
				return timestamp == null ? null : Instant.parse(timestamp);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
	}
}
