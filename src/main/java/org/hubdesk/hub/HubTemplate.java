package org.hubdesk.hub;

import java.util.List;
import java.util.Map;

/**
 * A template a hub is created from: its suggested prefix and languages and its needs codebook.
 * Templates ship with Hubdesk as JSON under {@code hub-templates/}.
 */
public record HubTemplate(String id, String name, String numberPrefix, List<String> languages,
		String defaultLanguage, List<NeedTemplate> needs) {

	/** A codebook node of a template, with its labels by language and its children. */
	public record NeedTemplate(String code, Map<String, String> labels, List<NeedTemplate> children) {

		public List<NeedTemplate> children() {
			return children == null ? List.of() : children;
		}
	}
}
