package org.hubdesk.impact.internal;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages that show the most files of a target, as a snapshot keeps them (JSON): the wiki, the
 * title, the namespace, the address, how many of the files the page shows, and its page views over
 * the last twelve complete months when the target asks for them (null otherwise, or when they could
 * not be read).
 */
public final class TopPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<List<Page>> LIST = new TypeReference<>() {
	};

	private TopPages() {
	}

	/** A top page. */
	public record Page(String wiki, String title, int namespace, String url, int files, Long views) {
	}

	static String write(List<Page> pages) {
		return JSON.writeValueAsString(pages);
	}

	public static List<Page> read(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			return JSON.readValue(json, LIST);
		}
		catch (JacksonException ex) {
			return List.of();
		}
	}
}
