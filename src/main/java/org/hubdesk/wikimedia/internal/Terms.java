package org.hubdesk.wikimedia.internal;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/** Reading the parts of a Wikidata entity: its terms by language and the values of its statements. */
final class Terms {

	private static final String ENGLISH = "en";

	private Terms() {
	}

	/**
	 * The term ({@code {"sv":{"language":"sv","value":"…"}, …}}) in the language, else in English,
	 * else the first there is; null when there is none.
	 */
	static String pick(JsonNode terms, String language) {
		if (!terms.isObject() || terms.isEmpty()) {
			return null;
		}
		String wanted = language == null ? ENGLISH : language.strip().toLowerCase(Locale.ROOT);
		for (String code : new String[] { wanted, ENGLISH }) {
			String value = MediaWikiApi.text(terms.path(code).get("value"), null);
			if (value != null) {
				return value;
			}
		}
		for (JsonNode term : terms.values()) {
			String value = MediaWikiApi.text(term.get("value"), null);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/**
	 * The value of the statements of one property ({@code claims.P373}) that counts: a preferred
	 * statement's, else the first normal one's; deprecated statements and "no value" or "unknown
	 * value" ones are passed over. Null when none has a value that is a string.
	 */
	static String firstValue(JsonNode statements) {
		if (!statements.isArray()) {
			return null;
		}
		String normal = null;
		for (JsonNode statement : statements) {
			String rank = MediaWikiApi.text(statement.get("rank"), "normal");
			String value = MediaWikiApi.text(statement.path("mainsnak").path("datavalue").get("value"), null);
			if (value == null || "deprecated".equals(rank)) {
				continue;
			}
			if ("preferred".equals(rank)) {
				return value;
			}
			if (normal == null) {
				normal = value;
			}
		}
		return normal;
	}
}
