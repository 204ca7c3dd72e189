package org.hubdesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubdesk.security.FuzzCases.Case;
import org.hubdesk.security.FuzzHttp.Answer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the fuzz pass holds every answer to: no server error, no stack trace or type name in a body,
 * and a form that refuses what was typed shows it again. Failures are grouped by route and kind, with
 * the first inputs of each, so that a report of thousands of inputs reads as its causes.
 */
final class FuzzVerdicts {

	/** What gives away the code behind a page: a Java type name, a stack frame, an exception, a container's page. */
	static final Pattern LEAK = Pattern.compile("\\b(?:java|javax|jakarta|sun|org\\.springframework|org\\.hibernate"
			+ "|org\\.h2|org\\.postgresql|org\\.apache|org\\.thymeleaf|org\\.hubdesk|tools\\.jackson|com\\.fasterxml)"
			+ "\\.[a-z]\\w*(?:\\.\\w+)+|\\tat [\\w$.]+\\(|Caused by: |\\b\\w+Exception\\b|Whitelabel Error Page"
			+ "|HTTP Status \\d{3} ?[–-]");

	private final Map<String, List<String>> failures = new TreeMap<>();
	private int count;

	/** Judges an answer (and the page a redirect led to, or null) to the case numbered {@code number}. */
	void judge(int number, Case input, Answer answer, Answer followed) {
		String where = input.target().route() + " as " + input.target().role();
		if (answer.status() >= 500) {
			fail(where + ": server error " + answer.status(), number, input, answer);
		}
		leaks(where, number, input, answer);
		if (followed != null) {
			leaks(where, number, input, followed);
		}
		Answer page = refusedPage(input, answer, followed);
		if (page != null && !input.typed().isEmpty()) {
			Document document = Jsoup.parse(page.body());
			String shown = shown(document);
			for (Map.Entry<String, String> typed : input.typed().entrySet()) {
				String expected = normal(typed.getValue());
				if (!expected.isEmpty() && !shown.contains(expected)) {
					fail(where + ": the refused form lost the text typed into '" + typed.getKey() + "'", number, input, page);
				}
			}
		}
	}

	/** A redirect whose {@code Location} is no valid address: a browser may follow it anywhere or nowhere. */
	void badLocation(int number, Case input, Answer answer) {
		fail(input.target().route() + " as " + input.target().role() + ": redirect to an invalid address "
				+ answer.location(), number, input, answer);
	}

	/** Judges a page the pass only read (the crawl, the sign-in). */
	void judgeRead(String what, Answer answer) {
		if (answer.status() >= 500) {
			fail(what + ": server error " + answer.status(), 0, null, answer);
		}
		Matcher leak = LEAK.matcher(answer.body());
		if (leak.find()) {
			fail(what + ": '" + leak.group() + "' in the body", 0, null, answer);
		}
	}

	private void leaks(String where, int number, Case input, Answer answer) {
		Matcher leak = LEAK.matcher(answer.body());
		if (leak.find()) {
			fail(where + ": '" + leak.group() + "' in the body", number, input, answer);
		}
	}

	/** The page that refused the form, when it refused: shown again, or an error shown after a redirect. */
	private static Answer refusedPage(Case input, Answer answer, Answer followed) {
		if (!input.target().typed()) {
			return null;
		}
		if (answer.html() && List.of(400, 409, 413, 422).contains(answer.status())) {
			return answer;
		}
		if (answer.html() && answer.status() == 200) {
			return !"GET".equals(input.method()) || answer.body().contains("cdx-message--error") ? answer : null;
		}
		if (followed != null && followed.html() && followed.status() == 200 && followed.body().contains("cdx-message--error")) {
			return followed;
		}
		return null;
	}

	/** What a page shows and holds in its fields, as one normalised text. */
	private static String shown(Document document) {
		StringBuilder all = new StringBuilder(document.text());
		for (Element field : document.select("input[value], textarea")) {
			all.append(' ').append(field.is("textarea") ? field.wholeText() : field.attr("value"));
		}
		return normal(all.toString());
	}

	/** Text with what no page shows left out (controls, lone surrogates, replacement marks) and white space made one. */
	static String normal(String text) {
		StringBuilder kept = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				kept.append(' ');
			}
			else if (!Character.isISOControl(c) && !Character.isSurrogate((char) c) && c != 0xFFFD && c != 0xFEFF) {
				kept.appendCodePoint(c);
			}
		});
		return kept.toString().replaceAll(" +", " ").trim();
	}

	private void fail(String group, int number, Case input, Answer answer) {
		count++;
		List<String> examples = failures.computeIfAbsent(group, g -> new ArrayList<>());
		if (examples.size() < 3) {
			String body = answer.body();
			if (answer.html()) {
				// the page's title and what it says is wrong tell more than its first lines
				Document page = Jsoup.parse(body);
				body = page.title() + " | " + page.select(".cdx-message--error").eachText();
			}
			body = body.length() > 300 ? body.substring(0, 300) + "…" : body;
			examples.add(input == null ? "answer " + answer.status() + ": " + body.replaceAll("\\s+", " ")
					: "#" + number + " " + input.method() + " " + shorten(input.path()) + " (" + input.target().source()
							+ "), " + input.label() + " → " + answer.status() + ": " + body.replaceAll("\\s+", " "));
		}
	}

	private static String shorten(String path) {
		return path.length() > 160 ? path.substring(0, 160) + "…" : path;
	}

	int count() {
		return count;
	}

	Map<String, List<String>> failures() {
		return failures;
	}
}
