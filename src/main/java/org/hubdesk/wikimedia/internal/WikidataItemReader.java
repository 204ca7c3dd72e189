package org.hubdesk.wikimedia.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubdesk.wikimedia.WikidataFigures;
import org.hubdesk.wikimedia.WikidataIds;
import org.hubdesk.wikimedia.WikidataItem;
import org.hubdesk.wikimedia.WikidataItems;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Reads Wikidata items through the Action API ({@code action=wbgetentities}), {@value #BATCH} ids a
 * request. An id Wikidata does not have answers {@code "missing": true} and is counted as missing;
 * an id that redirects answers under the id of the item it leads to, and that item is counted once
 * however many of the ids asked lead to it.
 */
final class WikidataItemReader implements WikidataItems {

	private final MediaWikiApi wikidata;

	WikidataItemReader(MediaWikiApi wikidata) {
		this.wikidata = wikidata;
	}

	@Override
	public WikidataFigures read(Collection<String> qids, String language) {
		List<String> asked = ids(qids);
		Tally tally = new Tally();
		Map<String, WikidataItem> found = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (int start = 0; start < asked.size(); start += BATCH) {
			List<String> batch = asked.subList(start, Math.min(asked.size(), start + BATCH));
			JsonNode answer = wikidata.get(params(batch), tally);
			JsonNode entities = answer.path("entities");
			if (!entities.isObject()) {
				throw bad("no entities for " + batch + ": " + answer);
			}
			for (JsonNode entity : entities.values()) {
				String id = MediaWikiApi.text(entity.get("id"), null);
				if (id == null) {
					throw bad("an entity without an id: " + entity);
				}
				if (isMissing(entity)) {
					missing.add(id);
				}
				else {
					found.putIfAbsent(id, item(id, entity, language));
				}
			}
		}
		int withImage = (int) found.values().stream().filter(WikidataItem::image).count();
		int sitelinks = found.values().stream().mapToInt(WikidataItem::sitelinks).sum();
		return new WikidataFigures(asked.size(), found.size(), withImage, sitelinks, List.copyOf(found.values()),
				missing, tally.requests());
	}

	/** Each id once, as the API writes it, or invalid before any request. */
	private static List<String> ids(Collection<String> qids) {
		Set<String> ids = new LinkedHashSet<>();
		for (String qid : qids) {
			String id = WikidataIds.of(qid);
			if (id == null) {
				throw new WikimediaException(Kind.INVALID, "Not a Wikidata item: \"" + qid + "\"");
			}
			ids.add(id);
		}
		if (ids.size() > WikidataIds.MAX_ITEMS) {
			throw new WikimediaException(Kind.INVALID, "At most " + WikidataIds.MAX_ITEMS + " Wikidata items, not more");
		}
		return List.copyOf(ids);
	}

	private static Map<String, String> params(List<String> batch) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("action", "wbgetentities");
		params.put("ids", String.join("|", batch));
		params.put("props", "labels|descriptions|claims|sitelinks");
		return params;
	}

	/** {@code "missing": true} with {@code formatversion=2}, {@code "missing": ""} without. */
	private static boolean isMissing(JsonNode entity) {
		JsonNode missing = entity.get("missing");
		return missing != null && !(missing.isBoolean() && !missing.asBoolean());
	}

	private static WikidataItem item(String id, JsonNode entity, String language) {
		JsonNode claims = entity.path("claims");
		JsonNode sitelinks = entity.path("sitelinks");
		return new WikidataItem(id, Terms.pick(entity.path("labels"), language),
				Terms.pick(entity.path("descriptions"), language), Terms.firstValue(claims.path("P18")) != null,
				sitelinks.isObject() ? sitelinks.size() : 0, Terms.firstValue(claims.path("P373")));
	}

	private static WikimediaException bad(String what) {
		return new WikimediaException(Kind.BAD_ANSWER, "Wikidata answered " + what);
	}
}
