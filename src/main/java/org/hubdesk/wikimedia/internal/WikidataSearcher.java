package org.hubdesk.wikimedia.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubdesk.wikimedia.WikidataIds;
import org.hubdesk.wikimedia.WikidataMatch;
import org.hubdesk.wikimedia.WikidataSearch;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Searches Wikidata's items through the Action API ({@code action=wbsearchentities}), in one
 * request: the language searched is also the language shown ({@code uselang}).
 */
final class WikidataSearcher implements WikidataSearch {

	/** The longest text searched; the rest of a longer one is left out. */
	static final int MAX_TEXT = 250;

	private final MediaWikiApi wikidata;

	WikidataSearcher(MediaWikiApi wikidata) {
		this.wikidata = wikidata;
	}

	@Override
	public List<WikidataMatch> search(String text, String language, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new WikimediaException(Kind.INVALID, "A search gives 1 to " + MAX_LIMIT + " matches, not " + limit);
		}
		String lang = language == null || !language.strip().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? "en"
				: language.strip().toLowerCase(java.util.Locale.ROOT);
		String search = text.strip();
		if (search.length() > MAX_TEXT) {
			search = search.substring(0, MAX_TEXT);
		}
		Map<String, String> params = new LinkedHashMap<>();
		params.put("action", "wbsearchentities");
		params.put("search", search);
		params.put("language", lang);
		params.put("uselang", lang);
		params.put("type", "item");
		params.put("limit", Integer.toString(limit));
		JsonNode answer = wikidata.get(params, new Tally());
		JsonNode found = answer.path("search");
		if (!found.isArray()) {
			throw new WikimediaException(Kind.BAD_ANSWER, "Wikidata answered a search without results: " + answer);
		}
		List<WikidataMatch> matches = new ArrayList<>();
		for (JsonNode match : found) {
			String id = MediaWikiApi.text(match.get("id"), null);
			if (!WikidataIds.isId(id)) {
				continue;
			}
			String label = MediaWikiApi.text(match.get("label"),
					MediaWikiApi.text(match.path("display").path("label").get("value"), id));
			String description = MediaWikiApi.text(match.get("description"),
					MediaWikiApi.text(match.path("display").path("description").get("value"), null));
			matches.add(new WikidataMatch(id, label, description));
			if (matches.size() == limit) {
				break;
			}
		}
		return List.copyOf(matches);
	}
}
