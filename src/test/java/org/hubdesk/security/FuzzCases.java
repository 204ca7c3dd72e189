package org.hubdesk.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubdesk.security.FuzzTarget.Encoding;
import org.hubdesk.security.FuzzTarget.Field;
import org.hubdesk.security.FuzzValues.Bad;
import org.hubdesk.security.FuzzValues.Kind;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cases of a target: each field in turn given bad values, left out and sent twice; the path's
 * variables given bad and other people's ids; and what is broken as a whole (multipart bodies cut
 * off or without a boundary, JSON that is no JSON, nested too deep or of another content type).
 */
final class FuzzCases {

	/** One input: the target, what was changed, the path, the body, and the text typed into each typed field. */
	record Case(FuzzTarget target, String label, String method, String path, String contentType, byte[] body,
			Map<String, String> typed) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final List<String> WRONG_TYPES = List.of("null", "{}", "[]", "true", "-1", "1e400",
			"99999999999999999999999", "\"\"", "[1,\"a\",null]", "{\"a\":{\"b\":[]}}");

	private final FuzzValues values;
	private final MatrixFixtures fixtures;
	private final int perField;

	FuzzCases(FuzzValues values, MatrixFixtures fixtures, int perField) {
		this.values = values;
		this.fixtures = fixtures;
		this.perField = perField;
	}

	List<Case> of(FuzzTarget target) {
		List<Case> cases = new ArrayList<>();
		int longest = switch (target.encoding()) {
			case QUERY -> 2_000; // what an address can hold
			case MULTIPART -> 12_000; // under the test server's 16 kB for a whole form
			default -> 40_000; // over every limit of a text
		};
		List<Field> fields = target.encoding() == Encoding.JSON ? List.of() : target.fields();
		for (Field field : fields) {
			for (int i = 0; i < perField; i++) {
				Bad bad = values.next(field.kind(), longest);
				cases.add(build(target, field.name() + ": " + bad.shown(), replaced(fields, field.name(), bad, false)));
			}
			cases.add(build(target, field.name() + ": left out", replaced(fields, field.name(), null, false)));
			Bad twice = values.next(field.kind(), 200);
			cases.add(build(target, field.name() + ": twice, then " + twice.shown(), replaced(fields, field.name(), twice, true)));
		}
		if (target.encoding() == Encoding.JSON) {
			json(target, cases);
		}
		if (target.encoding() == Encoding.MULTIPART) {
			broken(target, cases);
		}
		return cases;
	}

	/** The target at paths whose variables hold bad values, its fields good. */
	List<Case> paths(FuzzTarget target) {
		List<Case> cases = new ArrayList<>();
		for (String variable : target.variables()) {
			for (int i = 0; i < 3; i++) {
				Bad bad = values.next(Kind.ID, 300);
				String value = FuzzHttp.encoded(bad).replace("/", "%2F");
				if (value.isEmpty()) {
					continue;
				}
				String path = Routes.fill(target.route(), fixtures, variable, value);
				FuzzTarget moved = target.at(path + target.path().replaceFirst("^[^?]*", ""));
				List<Map.Entry<String, Bad>> good = replaced(target.fields(), "", null, false);
				cases.add(target.encoding() == Encoding.JSON
						? jsonCase(moved, "{" + variable + "}: " + bad.shown(), target.json().getBytes(StandardCharsets.UTF_8))
						: unaddressed(build(moved, "{" + variable + "}: " + bad.shown(), good)));
			}
		}
		return cases;
	}

	private static List<Map.Entry<String, Bad>> replaced(List<Field> fields, String name, Bad bad, boolean twice) {
		List<Map.Entry<String, Bad>> sent = new ArrayList<>();
		for (Field field : fields) {
			if (!field.name().equals(name)) {
				sent.add(new SimpleEntry<>(field.name(), field.good()));
				continue;
			}
			if (twice) {
				sent.add(new SimpleEntry<>(field.name(), field.good()));
			}
			if (bad != null) {
				sent.add(new SimpleEntry<>(field.name(), bad));
			}
		}
		return sent;
	}

	/** A form sent to an address no page gives it (another hub, a part that does not exist): nothing to show again. */
	private static Case unaddressed(Case sent) {
		return new Case(sent.target(), sent.label(), sent.method(), sent.path(), sent.contentType(), sent.body(), Map.of());
	}

	private Case build(FuzzTarget target, String label, List<Map.Entry<String, Bad>> fields) {
		Map<String, String> typed = new LinkedHashMap<>();
		// a body that cannot be decoded (a broken escape, bytes that are no UTF-8) holds no text a server
		// could show again, and no browser sends one: it must be refused clearly, with nothing to keep
		boolean readable = fields.stream().allMatch(f -> FuzzHttp.readable(f.getValue()));
		if (target.typed() && readable) {
			for (Field field : target.fields()) {
				List<Map.Entry<String, Bad>> sent = fields.stream().filter(f -> f.getKey().equals(field.name())).toList();
				if (field.typed() && sent.size() == 1 && FuzzHttp.decoded(sent.get(0).getValue()) != null) {
					typed.put(field.name(), FuzzHttp.decoded(sent.get(0).getValue()));
				}
			}
		}
		return switch (target.encoding()) {
			case QUERY -> {
				String query = new String(FuzzHttp.urlEncoded(fields), StandardCharsets.ISO_8859_1);
				String path = query.isEmpty() ? target.path() : target.path() + (target.path().contains("?") ? "&" : "?") + query;
				yield new Case(target, label, target.method(), path, null, null, typed);
			}
			case FORM -> new Case(target, label, target.method(), target.path(), "application/x-www-form-urlencoded",
					FuzzHttp.urlEncoded(fields), typed);
			case MULTIPART -> new Case(target, label, target.method(), target.path(),
					"multipart/form-data; boundary=" + FuzzHttp.BOUNDARY, FuzzHttp.multipart(fields, target.files()), typed);
			case JSON -> jsonCase(target, label, target.json().getBytes(StandardCharsets.UTF_8));
		};
	}

	private void json(FuzzTarget target, List<Case> cases) {
		for (Field field : target.fields()) {
			for (int i = 0; i < perField; i++) {
				if (values.nextInt(3) == 0) {
					String literal = values.pick(WRONG_TYPES);
					cases.add(jsonCase(target, field.name() + ": " + literal, property(target.json(), field.name(), utf8(literal))));
				}
				else {
					Bad bad = values.next(field.kind(), 40_000);
					cases.add(jsonCase(target, field.name() + ": " + bad.shown(),
							property(target.json(), field.name(), string(bad))));
				}
			}
		}
		String base = target.json();
		Map<String, String> whole = new LinkedHashMap<>();
		whole.put("not JSON", "{\"title\": ");
		whole.put("empty", "");
		whole.put("an array", "[" + base + "]");
		whole.put("null", "null");
		whole.put("a number", "42");
		whole.put("nested too deep", "[".repeat(5_000) + "]".repeat(5_000));
		whole.put("unknown property", base.replaceFirst("^\\{", "{\"unknownProperty\":1,"));
		whole.put("a key twice", base.replaceFirst("^\\{(\"\\w+\":)", "{$1 1, $1"));
		whole.forEach((label, body) -> cases.add(jsonCase(target, label, utf8(body))));
		cases.add(new Case(target, "as text", target.method(), target.path(), "text/plain", utf8(base), Map.of()));
		cases.add(new Case(target, "as a form with a bare %", target.method(), target.path(),
				"application/x-www-form-urlencoded", utf8("title=100%&version=%"), Map.of()));
		cases.add(new Case(target, "JSON that is no UTF-8", target.method(), target.path(), "application/json",
				FuzzHttp.bytes(Bad.raw("", "{\"title\":\"%FF%FE%C3%28\"}")), Map.of()));
	}

	private static Case jsonCase(FuzzTarget target, String label, byte[] body) {
		return new Case(target, label, target.method(), target.path(), "application/json", body, Map.of());
	}

	/** The JSON body with the property set to the literal (bytes, which may be no UTF-8). */
	private static byte[] property(String json, String name, byte[] literal) {
		ObjectNode node = (ObjectNode) JSON.readTree(json);
		node.remove(name);
		String rest = JSON.writeValueAsString(node);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		FuzzHttp.write(body, "{" + JSON.writeValueAsString(name) + ":");
		body.writeBytes(literal);
		FuzzHttp.write(body, "{}".equals(rest) ? "}" : "," + rest.substring(1));
		return body.toByteArray();
	}

	/** A JSON string of the value: controls and lone surrogates as escapes, raw bytes as they are. */
	private static byte[] string(Bad bad) {
		if (bad.raw() != null) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write('"');
			out.writeBytes(FuzzHttp.bytes(bad));
			out.write('"');
			return out.toByteArray();
		}
		StringBuilder out = new StringBuilder("\"");
		for (char c : bad.text().toCharArray()) {
			out.append(c == '"' || c == '\\' ? "\\" + c
					: c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return utf8(out.append('"').toString());
	}

	private void broken(FuzzTarget target, List<Case> cases) {
		byte[] whole = FuzzHttp.multipart(replaced(target.fields(), "", null, false), target.files());
		String type = "multipart/form-data; boundary=" + FuzzHttp.BOUNDARY;
		cases.add(new Case(target, "multipart cut off", target.method(), target.path(), type,
				Arrays.copyOf(whole, whole.length / 2), Map.of()));
		cases.add(new Case(target, "multipart without a boundary", target.method(), target.path(),
				"multipart/form-data", whole, Map.of()));
		cases.add(new Case(target, "multipart of another boundary", target.method(), target.path(),
				"multipart/form-data; boundary=elsewhere", whole, Map.of()));
		cases.add(new Case(target, "multipart with a nameless part", target.method(), target.path(), type,
				utf8("--" + FuzzHttp.BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + FuzzHttp.BOUNDARY
						+ "--\r\n"), Map.of()));
		cases.add(new Case(target, "multipart empty", target.method(), target.path(), type, new byte[0], Map.of()));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
