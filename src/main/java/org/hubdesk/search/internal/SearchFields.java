package org.hubdesk.search.internal;

import java.util.List;

/** The names the search mapping and queries share: analysers and the text fields of each kind. */
final class SearchFields {

	static final String ENGLISH = "english";
	static final String SWEDISH = "swedish";
	static final String FOLDED = "folded";
	static final String EXACT = "exact";

	/** Each text is indexed three times: English stems, Swedish stems, and plain words. */
	static final List<String> VARIANTS = List.of("_en", "_sv", "_plain");

	static final List<String> REQUEST_TEXT = List.of("title", "description", "partnerName", "usefulnessPlan",
			"summary");

	private SearchFields() {
	}

	/** Every indexed variant of the given text properties, e.g. {@code title_en, title_sv, title_plain}. */
	static String[] variants(List<String> properties) {
		return properties.stream().flatMap(p -> VARIANTS.stream().map(v -> p + v)).toArray(String[]::new);
	}
}
