package org.hubdesk.wikimedia.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubdesk.wikimedia.CategoryTitles;
import org.hubdesk.wikimedia.CategoryUsage;
import org.hubdesk.wikimedia.CommonsUsage;
import org.hubdesk.wikimedia.WikimediaApiProperties;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Commons category through the Action API: whether it exists ({@code prop=categoryinfo}),
 * its subcategories level by level ({@code list=categorymembers&cmtype=subcat}), and the files of
 * every category read with their global usage and file information in one generator query
 * ({@code generator=categorymembers&gcmtype=file&prop=globalusage|imageinfo}), each continued to its
 * end.
 * <p>
 * A category whose page is missing is still read when it has members (a category can be used before
 * its page is written); it is not found when it has neither page nor members. Subcategories are
 * read breadth first, so each is met at its shallowest level, and each category once, however the
 * tree loops; the categories at the chosen depth are read without listing theirs.
 */
final class CommonsCategoryReader implements CommonsUsage {

	private static final int CATEGORY_NAMESPACE = 14;

	/** How many subcategories one listing asks for (the list limit without {@code apihighlimits}). */
	static final String SUBCATEGORY_BATCH = "500";

	private final MediaWikiApi commons;
	private final WikimediaApiProperties settings;

	CommonsCategoryReader(MediaWikiApi commons, WikimediaApiProperties settings) {
		this.commons = commons;
		this.settings = settings;
	}

	@Override
	public CategoryUsage read(String category, int depth, Progress progress) {
		if (depth < 0 || depth > MAX_DEPTH) {
			throw new WikimediaException(Kind.INVALID, "The depth of subcategories is 0 to " + MAX_DEPTH + ", not " + depth);
		}
		String title = CategoryTitles.normalise(category);
		Tally tally = new Tally();
		String root = existing(title, tally);
		List<String> categories = tree(root, depth, tally);
		FilePages files = new FilePages();
		for (int read = 0; read < categories.size(); read++) {
			int before = read;
			commons.query(filesOf(categories.get(read)), tally, answer -> {
				files.add(answer);
				progress.reached(before, categories.size(), files.size());
			});
			progress.reached(read + 1, categories.size(), files.size());
		}
		return new CategoryUsage(root, depth, categories, files.files(), tally.requests());
	}

	/** The category's title as Commons gives it, or not found. */
	private String existing(String title, Tally tally) {
		JsonNode answer = commons.get(params("action", "query", "prop", "categoryinfo", "titles", title), tally);
		JsonNode pages = answer.path("query").path("pages");
		if (!pages.isArray() || pages.size() != 1 || !pages.get(0).isObject()) {
			throw bad("no page for " + title + ": " + answer);
		}
		JsonNode page = pages.get(0);
		if (page.path("invalid").asBoolean(false)) {
			throw new WikimediaException(Kind.INVALID, "Not a category name: \"" + title + "\" ("
					+ MediaWikiApi.text(page.get("invalidreason"), "invalid") + ")");
		}
		boolean missing = page.path("missing").asBoolean(false);
		if (missing && page.path("categoryinfo").path("size").asLong(0) == 0) {
			throw new WikimediaException(Kind.NOT_FOUND, "Wikimedia Commons has no " + title);
		}
		return MediaWikiApi.text(page.get("title"), title);
	}

	/** The category and its subcategories to the depth, breadth first, each once. */
	private List<String> tree(String root, int depth, Tally tally) {
		Set<String> seen = new LinkedHashSet<>();
		seen.add(root);
		List<String> level = List.of(root);
		for (int below = 0; below < depth && !level.isEmpty(); below++) {
			List<String> next = new ArrayList<>();
			for (String category : level) {
				for (String subcategory : subcategories(category, tally)) {
					if (seen.add(subcategory)) {
						next.add(subcategory);
					}
				}
			}
			level = next;
		}
		return List.copyOf(seen);
	}

	private List<String> subcategories(String category, Tally tally) {
		List<String> found = new ArrayList<>();
		Map<String, String> params = params("action", "query", "list", "categorymembers", "cmtitle", category,
				"cmtype", "subcat", "cmprop", "title", "cmlimit", SUBCATEGORY_BATCH);
		commons.query(params, tally, answer -> {
			JsonNode members = answer.path("query").path("categorymembers");
			if (!members.isArray()) {
				throw bad("a listing of subcategories without members: " + answer);
			}
			for (JsonNode member : members) {
				String title = MediaWikiApi.text(member.get("title"), null);
				if (title == null) {
					throw bad("a subcategory without a title: " + member);
				}
				if (member.path("ns").asInt(CATEGORY_NAMESPACE) == CATEGORY_NAMESPACE) {
					found.add(title);
				}
			}
		});
		return found;
	}

	private Map<String, String> filesOf(String category) {
		return params("action", "query", "generator", "categorymembers", "gcmtitle", category, "gcmtype", "file",
				"gcmlimit", Integer.toString(settings.categoryBatch()), "prop", "globalusage|imageinfo", "gulimit",
				Integer.toString(settings.usageBatch()), "guprop", "url|namespace", "gufilterlocal", "1", "iiprop",
				"url|size|mime|timestamp");
	}

	private static Map<String, String> params(String... keysAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			params.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return params;
	}

	private static WikimediaException bad(String what) {
		return new WikimediaException(Kind.BAD_ANSWER, "Commons answered " + what);
	}
}
