package org.hubdesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bad values of the fuzz pass, drawn from one seeded generator so that a run can be replayed:
 * empty and over-long text, control and bidirectional characters, lone surrogates and bytes that are
 * no UTF-8, markup and query syntax, placeholders, numbers out of range and of the wrong type, dates
 * no calendar has, unknown ids and other people's ids. A value is text (encoded as the transport
 * needs) or raw (sent exactly as written, already encoded: broken percent signs, invalid bytes).
 */
final class FuzzValues {

	/** A bad value: a label for the report, the text, or the raw encoded form when there is no text. */
	record Bad(String label, String text, String raw) {

		static Bad text(String label, String text) {
			return new Bad(label, text, null);
		}

		static Bad raw(String label, String raw) {
			return new Bad(label, null, raw);
		}

		/** A short form for the report: escaped, at most 60 characters. */
		String shown() {
			String value = raw != null ? "raw:" + raw : text;
			StringBuilder out = new StringBuilder();
			value.codePoints().limit(60).forEach(c -> out.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x202e
					|| Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : Character.toString(c)));
			return label + " \"" + out + (value.length() > 60 ? "…(" + value.length() + ")" : "") + "\"";
		}
	}

	/** What a field holds, which decides the values that are likely to break it. */
	enum Kind {
		TEXT, NUMBER, DATE, ID, CHOICE, FLAG
	}

	private final SplittableRandom random;
	private final List<String> otherIds;

	/** @param otherIds ids that exist but belong to someone else or something else */
	FuzzValues(long seed, List<String> otherIds) {
		this.random = new SplittableRandom(seed);
		this.otherIds = List.copyOf(otherIds);
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	<T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** A bad value for a field of this kind: half the time one made for the kind, else any. */
	Bad next(Kind kind, int longest) {
		List<Bad> made = switch (kind) {
			case NUMBER, ID -> numbers();
			case DATE -> dates();
			case CHOICE, FLAG -> choices();
			case TEXT -> texts(longest);
		};
		if (random.nextBoolean()) {
			return pick(made);
		}
		List<Bad> any = new ArrayList<>(texts(longest));
		any.addAll(numbers());
		any.addAll(dates());
		any.addAll(choices());
		return pick(any);
	}

	List<Bad> texts(int longest) {
		int length = longest / 2 + random.nextInt(longest / 2 + 1);
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < 300 + random.nextInt(300); i++) {
			words.append("word").append(i).append(random.nextBoolean() ? "* " : "~ ");
		}
		return List.of(Bad.text("empty", ""), Bad.text("blank", " \t  "),
				Bad.text("long", "lorem ipsum ".repeat(length / 12 + 1).substring(0, length)),
				Bad.text("long word", "x".repeat(length)),
				Bad.text("controls", "a\u0000b\u0007c\u001b[31m d\u0008"),
				Bad.text("bidi", "\u202egnp.exe \u2066isolated\u2069 \u200fmark"),
				Bad.text("lone surrogate", "before\ud800after"),
				Bad.raw("lone surrogate bytes", "before%ED%A0%80after"),
				Bad.raw("invalid UTF-8", "%FF%FEtext%C3%28"), Bad.raw("bare percent", "100%"),
				Bad.raw("broken escape", "%zz%4"), Bad.raw("NUL byte", "a%00b"),
				Bad.text("wide characters", "😀 漢字 ﷽ \uFEFF Ω e\u0301"),
				Bad.text("markup", "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>"),
				Bad.text("sql", "' OR 1=1; DROP TABLE help_request; --"),
				Bad.text("placeholders", "{foo} {0} ${7*7} #{x} [[${x}]] %s %n"),
				Bad.text("query syntax", "a~ b~2 \"open *?^ AND OR NOT ((( /re[gex/ title:"),
				Bad.text("many words", words.toString()), Bad.text("path", "../../etc/passwd"),
				Bad.text("line breaks", "a\r\nSet-Cookie: x=1\r\n\r\nb"),
				Bad.text("address", "javascript:alert(1)"), Bad.text("far address", "//elsewhere.example/x"));
	}

	List<Bad> numbers() {
		List<Bad> values = new ArrayList<>(List.of(Bad.text("negative", "-1"), Bad.text("zero", "0"),
				Bad.text("int overflow", "2147483648"), Bad.text("long overflow", "9223372036854775808"),
				Bad.text("huge", "1" + "0".repeat(400)), Bad.text("exponent", "1e400"), Bad.text("fraction", "1.5"),
				Bad.text("not a number", "NaN"), Bad.text("hex", "0x1F"), Bad.text("words", "twelve"),
				Bad.text("unknown id", "999999999")));
		otherIds.forEach(id -> values.add(Bad.text("another's id", id)));
		return values;
	}

	List<Bad> dates() {
		return List.of(Bad.text("far past", "-999999999-01-01"), Bad.text("far future", "+999999999-12-31"),
				Bad.text("no such day", "2026-02-30"), Bad.text("month 13", "2026-13-01"),
				Bad.text("other format", "28/11/2026"), Bad.text("date and time", "2026-11-28T25:61:00Z"),
				Bad.text("year 0", "0000-01-01"));
	}

	List<Bad> choices() {
		return List.of(Bad.text("unknown choice", "NOT_A_CHOICE"), Bad.text("lower case", "triage"),
				Bad.text("maybe", "maybe"), Bad.text("list", "a,b,c"), Bad.text("brackets", "[]"));
	}
}
