package org.hubdesk.security;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubdesk.security.FuzzHttp.Answer;
import org.hubdesk.security.FuzzHttp.Session;
import org.hubdesk.security.FuzzTarget.Encoding;
import org.hubdesk.security.FuzzTarget.Field;
import org.hubdesk.security.FuzzValues.Bad;
import org.hubdesk.security.FuzzValues.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The forms each role is shown: every page route of the application opened as the role, and every
 * {@code <form>} on it read as a browser would submit it, with its typed fields filled with text of
 * their kind. A form met on several pages is kept once.
 */
final class PageForms {

	/** The types of input a person types text into. */
	static final Set<String> TYPED = Set.of("text", "search", "email", "url", "tel", "textarea");

	private final FuzzHttp http;
	private final Set<String> routes;
	private final MatrixCalls matrix;

	PageForms(FuzzHttp http, Set<String> routes, MatrixCalls matrix) {
		this.http = http;
		this.routes = routes;
		this.matrix = matrix;
	}

	/** The forms on the pages of these paths, as the session's role sees them. */
	List<FuzzTarget> crawl(Session session, List<String> pages, List<Answer> answers) throws IOException, InterruptedException {
		Map<String, FuzzTarget> forms = new LinkedHashMap<>();
		for (String page : pages) {
			Answer answer = http.send(session, "GET", page, null, null);
			answers.add(answer);
			if (answer.status() != 200 || !answer.html()) {
				continue;
			}
			Document document = Jsoup.parse(answer.body(), "http://localhost" + page);
			for (Element form : document.select("form")) {
				FuzzTarget target = target(session.role, form, page);
				if (target != null) {
					forms.putIfAbsent(target.method() + " " + target.path() + " " + target.fields().stream()
						.map(Field::name).toList(), target);
				}
			}
		}
		return new ArrayList<>(forms.values());
	}

	private FuzzTarget target(Role role, Element form, String page) {
		String method = form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase();
		URI action = URI.create(form.attr("action").isBlank() ? "http://localhost" + page : form.absUrl("action"));
		if (!"localhost".equals(action.getHost())) {
			return null;
		}
		String path = action.getRawPath() + (action.getRawQuery() == null ? "" : "?" + action.getRawQuery());
		String route = Routes.routeOf(routes, method, path);
		if (route == null || path.equals("/logout") || path.equals("/login")) {
			return null; // leaving and signing in are not fuzzed in a session (the sign-in gets its own cases)
		}
		boolean multipart = form.attr("enctype").startsWith("multipart/");
		Map<String, String> known = matrix.form(route, role);
		List<Field> fields = new ArrayList<>();
		List<String> files = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Element input : form.select("input[name], textarea[name], select[name], button[name]")) {
			String name = input.attr("name");
			String type = input.is("textarea") ? "textarea"
					: input.is("select") ? "select" : input.is("button") ? "submit" : input.attr("type").toLowerCase();
			if (type.isEmpty()) {
				type = "text";
			}
			String value = good(input, type, known.get(name));
			if ("file".equals(type)) {
				files.add(name);
				continue;
			}
			if (value == null || ("submit".equals(type) || "radio".equals(type) || "select".equals(type)) && !seen.add(name)) {
				continue;
			}
			fields.add(new Field(name, kind(name, type), Bad.text("good", value), TYPED.contains(type)));
		}
		return new FuzzTarget("form on " + page, role, method, route, path,
				"GET".equals(method) ? Encoding.QUERY : multipart ? Encoding.MULTIPART : Encoding.FORM, fields, null,
				files, true);
	}

	/** What a person would send in the field: what it holds, or a good text of its type when empty. */
	private static String good(Element input, String type, String known) {
		switch (type) {
			case "checkbox", "radio":
				return input.hasAttr("checked") || "radio".equals(type) ? input.attr("value").isEmpty() ? "on" : input.attr("value") : null;
			case "submit":
				return input.attr("value");
			case "select": {
				Element option = input.selectFirst("option[selected]");
				if (option == null) {
					option = input.select("option").stream().filter(o -> !o.attr("value").isEmpty()).findFirst().orElse(null);
				}
				return option == null ? "" : option.attr("value");
			}
			case "textarea":
				return !input.text().isEmpty() ? input.wholeText() : known != null ? known : "Kept text of " + input.attr("name");
			case "password":
				return known != null ? known : "demo";
			default: {
				if ("hidden".equals(type) && known != null && !"version".equals(input.attr("name"))) {
					// the matrix's harmless choice (whose role to remove, say), not the first on the page: the pass
					// must not take the admin's own role away halfway through
					return known;
				}
				String value = input.attr("value");
				if (!value.isEmpty() || "hidden".equals(type)) {
					return value;
				}
				return known != null ? known : switch (type) {
					case "date" -> LocalDate.now().toString();
					case "number" -> "1";
					case "email" -> "kept@example.org";
					case "url" -> "https://commons.wikimedia.org/wiki/Category:Kept";
					default -> "Kept text of " + input.attr("name");
				};
			}
		}
	}

	static Kind kind(String name, String type) {
		String lower = name.toLowerCase();
		if ("number".equals(type) || lower.equals("version") || lower.equals("page") || lower.equals("size")
				|| lower.equals("hours") || lower.equals("effort")) {
			return Kind.NUMBER;
		}
		if (lower.endsWith("id") || lower.endsWith("ids") || lower.equals("assignee")) {
			return Kind.ID;
		}
		if ("date".equals(type) || lower.equals("from") || lower.equals("to") || lower.equals("due") || lower.equals("date")) {
			return Kind.DATE;
		}
		if (Set.of("select", "radio", "submit").contains(type)) {
			return Kind.CHOICE;
		}
		return "checkbox".equals(type) ? Kind.FLAG : Kind.TEXT;
	}
}
