package org.hubdesk.wikimedia.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;

import org.hubdesk.wikimedia.WikimediaApiProperties;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One MediaWiki Action API (a wiki's {@code api.php}), read the way the Wikimedia sites ask: every
 * request a GET with {@code format=json&formatversion=2&maxlag=5} (and the User-Agent the
 * {@link RestClient} sends), one at a time per host. A {@code maxlag} (or {@code ratelimited}) error
 * and HTTP 429 are tried again after the {@code Retry-After} the site asks, never sooner than
 * {@code retry-min} nor later than {@code retry-max}; a 5xx answer or a failed connection is tried
 * again after {@code retry-min}, doubling each time up to {@code retry-max}. The host stays taken
 * while a request waits, so nothing else is asked of a lagged site in the meantime. After
 * {@code attempts} tries the request fails with a {@link WikimediaException}.
 */
final class MediaWikiApi {

	private static final Logger log = LoggerFactory.getLogger(MediaWikiApi.class);

	/** The API errors that ask to wait and try again. */
	private static final Set<String> WAIT_CODES = Set.of("maxlag", "ratelimited");

	private final URI endpoint;
	private final RestClient http;
	private final Lock host;
	private final Sleeper sleeper;
	private final WikimediaApiProperties settings;

	MediaWikiApi(URI endpoint, RestClient http, Lock host, Sleeper sleeper, WikimediaApiProperties settings) {
		this.endpoint = endpoint;
		this.http = http;
		this.host = host;
		this.sleeper = sleeper;
		this.settings = settings;
	}

	URI endpoint() {
		return endpoint;
	}

	/**
	 * One answer to these parameters (with {@code format}, {@code formatversion} and {@code maxlag}
	 * added): a JSON object without an {@code error}.
	 */
	JsonNode get(Map<String, String> params, Tally tally) {
		URI uri = uri(params);
		try {
			host.lockInterruptibly();
		}
		catch (InterruptedException ex) {
			throw interrupted(ex);
		}
		try {
			return tryAll(uri, tally);
		}
		finally {
			host.unlock();
		}
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

	private JsonNode tryAll(URI uri, Tally tally) {
		Duration backoff = settings.retryMin();
		Failure failure = null;
		for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
			if (failure != null) {
				log.info("{}; trying again in {} s", failure.message, failure.delay.toMillis() / 1000.0);
				sleep(failure.delay);
			}
			tally.add();
			Reply reply;
			try {
				reply = send(uri);
			}
			catch (RestClientException ex) {
				failure = new Failure(Kind.UNREACHABLE, name() + " could not be reached (" + reason(ex) + ")", backoff,
						ex);
				backoff = doubled(backoff);
				continue;
			}
			String waitCode = reply.waitCode();
			if (reply.status() == 429 || waitCode != null) {
				failure = new Failure(Kind.REFUSED,
						name() + " asked to wait (" + (waitCode != null ? waitCode : "HTTP 429") + ")",
						retryAfter(reply.retryAfter()), null);
				continue;
			}
			if (reply.status() >= 500) {
				failure = new Failure(Kind.UNREACHABLE, name() + " answered HTTP " + reply.status(), backoff, null);
				backoff = doubled(backoff);
				continue;
			}
			return answer(reply);
		}
		throw new WikimediaException(failure.kind,
				failure.message + "; gave up after " + settings.attempts() + " attempts", failure.cause);
	}

	private JsonNode answer(Reply reply) {
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

	private Reply send(URI uri) {
		return http.get()
			.uri(uri)
			.exchangeForRequiredValue((request, response) -> Reply.of(response.getStatusCode().value(),
					response.getHeaders(), response.getBody().readAllBytes()), true);
	}

	/** The wait a refusal asks for ({@code Retry-After}, in seconds or as a date), within the bounds. */
	Duration retryAfter(String header) {
		Duration asked = null;
		if (header != null && header.strip().matches("\\d{1,9}")) {
			asked = Duration.ofSeconds(Long.parseLong(header.strip()));
		}
		else if (header != null) {
			try {
				Instant at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				asked = Duration.between(Instant.now(), at);
			}
			catch (DateTimeParseException ex) {
				// not a wait we can read: the shortest one
			}
		}
		if (asked == null || asked.compareTo(settings.retryMin()) < 0) {
			return settings.retryMin();
		}
		return asked.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : asked;
	}

	private Duration doubled(Duration wait) {
		Duration twice = wait.multipliedBy(2);
		return twice.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : twice;
	}

	private static String reason(RestClientException ex) {
		Throwable cause = ex.getMostSpecificCause();
		return cause.getMessage() != null ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
				: cause.getClass().getSimpleName();
	}

	private void sleep(Duration wait) {
		try {
			sleeper.sleep(wait);
		}
		catch (InterruptedException ex) {
			throw interrupted(ex);
		}
	}

	private WikimediaException interrupted(InterruptedException ex) {
		Thread.currentThread().interrupt();
		return new WikimediaException(Kind.UNREACHABLE, "Interrupted while waiting for " + name(), ex);
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

	/** Why the last attempt failed, and how long to wait before the next. */
	private record Failure(Kind kind, String message, Duration delay, Throwable cause) {
	}

	/** An HTTP answer: its status, the headers that matter here, and its body read as JSON when it is an object. */
	private record Reply(int status, String retryAfter, String apiError, String contentType, JsonNode json) {

		static Reply of(int status, HttpHeaders headers, byte[] body) {
			JsonNode json;
			try {
				json = JsonMapper.shared().readTree(body);
			}
			catch (JacksonException ex) {
				json = null;
			}
			return new Reply(status, headers.getFirst(HttpHeaders.RETRY_AFTER), headers.getFirst("MediaWiki-API-Error"),
					headers.getFirst(HttpHeaders.CONTENT_TYPE), json != null && json.isObject() ? json : null);
		}

		/** The code of an API error that asks to wait, if this is one. */
		String waitCode() {
			String code = json != null ? text(json.path("error").get("code"), apiError) : apiError;
			return code != null && WAIT_CODES.contains(code) ? code : null;
		}
	}
}
