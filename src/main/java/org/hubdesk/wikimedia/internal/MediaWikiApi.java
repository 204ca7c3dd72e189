package org.hubdesk.wikimedia.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import tools.jackson.databind.JsonNode;

/**
 * One MediaWiki Action API (a wiki's {@code api.php}): every request a GET with
 * {@code format=json&formatversion=2&maxlag=5}, asked through the host's {@link PoliteClient} (its
 * User-Agent, one request at a time per host, the waits after a refusal or a failure and the number
 * of attempts), and every answer a JSON object without an API {@code error}, or a
 * {@link WikimediaException}.
 */
final class MediaWikiApi {

	private final URI endpoint;
	private final PoliteClient host;

	MediaWikiApi(URI endpoint, PoliteClient host) {
		this.endpoint = endpoint;
		this.host = host;
	}

	URI endpoint() {
		return endpoint;
	}

	/**
	 * One answer to these parameters (with {@code format}, {@code formatversion} and {@code maxlag}
	 * added): a JSON object without an {@code error}.
	 */
	JsonNode get(Map<String, String> params, Tally tally) {
		return answer(host.fetch(uri(params), tally));
	}

	/**
	 * Every answer to a query, continued until an answer has no {@code continue}: each next request
	 * is these parameters with every key of the last answer's {@code continue} copied unchanged (and
	 * nothing of an earlier one). An API that repeats its continuation is a bad answer, not a loop.
	 */
	void query(Map<String, String> params, Tally tally, Consumer<JsonNode> each) {
		Map<String, String> request = params;
		JsonNode last = null;
		while (true) {
			JsonNode answer = get(request, tally);
			each.accept(answer);
			JsonNode next = answer.get("continue");
			if (next == null || next.isNull()) {
				return;
			}
			if (!next.isObject() || next.isEmpty() || next.equals(last)) {
				throw badAnswer("a continuation that cannot be followed: " + next);
			}
			request = new LinkedHashMap<>(params);
			for (Map.Entry<String, JsonNode> entry : next.properties()) {
				if (!entry.getValue().isValueNode()) {
					throw badAnswer("a continuation that cannot be followed: " + next);
				}
				request.put(entry.getKey(), entry.getValue().asString());
			}
			last = next;
		}
	}

	private JsonNode answer(PoliteClient.Reply reply) {
		if (reply.status() == 403) {
			throw new WikimediaException(Kind.REFUSED, name() + " refused the request (HTTP 403)");
		}
		if (reply.status() >= 300) {
			throw badAnswer("HTTP " + reply.status());
		}
		if (reply.json() == null) {
			throw badAnswer("something that is not a JSON object (" + reply.contentType() + ")");
		}
		JsonNode error = reply.json().get("error");
		if (error != null) {
			throw WikimediaException.apiError(text(error.get("code"), "unknown"), text(error.get("info"), ""));
		}
		return reply.json();
	}

	/** The wait a refusal asks for, within the bounds (see {@link PoliteClient#retryAfter}). */
	Duration retryAfter(String header) {
		return host.retryAfter(header);
	}

	private WikimediaException badAnswer(String what) {
		return new WikimediaException(Kind.BAD_ANSWER, name() + " answered " + what);
	}

	private String name() {
		return endpoint.getHost();
	}

	private URI uri(Map<String, String> params) {
		Map<String, String> all = new LinkedHashMap<>(params);
		all.put("format", "json");
		all.put("formatversion", "2");
		all.put("maxlag", "5");
		StringJoiner query = new StringJoiner("&");
		all.forEach((key, value) -> query.add(encode(key) + "=" + encode(value)));
		String base = endpoint.toString();
		return URI.create(base + (base.contains("?") ? "&" : "?") + query);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String text(JsonNode node, String otherwise) {
		return node != null && node.isValueNode() && !node.isNull() ? node.asString() : otherwise;
	}
}
