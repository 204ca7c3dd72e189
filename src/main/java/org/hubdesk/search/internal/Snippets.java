package org.hubdesk.search.internal;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/** Turns highlighted fragments into safe HTML: the text escaped, the matches marked. */
final class Snippets {

	static final String OPEN = "\uE000";
	static final String CLOSE = "\uE001";
	private static final int PLAIN_LENGTH = 200;

	private Snippets() {
	}

	/** The first highlighted fragment among the candidates, else the start of the fallback text. */
	static String html(List<?> highlights, String fallback) {
		for (Object candidate : highlights) {
			if (candidate instanceof List<?> fragments && !fragments.isEmpty()) {
				return mark(String.valueOf(fragments.get(0)));
			}
		}
		if (fallback == null) {
			return "";
		}
		String plain = fallback.length() > PLAIN_LENGTH ? fallback.substring(0, PLAIN_LENGTH) + "…" : fallback;
		return HtmlUtils.htmlEscape(plain);
	}

	static String mark(String fragment) {
		return HtmlUtils.htmlEscape(fragment).replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
	}
}
