package org.hubdesk.wikimedia.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.locks.Lock;

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
 * One Wikimedia host, asked the way the Wikimedia sites ask to be asked: GET requests with the
 * User-Agent the {@link RestClient} sends, one at a time. A {@code maxlag} (or {@code ratelimited})
 * API error and HTTP 429 are tried again after the {@code Retry-After} the site asks, never sooner
 * than {@code retry-min} nor later than {@code retry-max}; a 5xx answer or a failed connection is
 * tried again after {@code retry-min}, doubling each time up to {@code retry-max}. The host stays
 * taken while a request waits, so nothing else is asked of a lagged site in the meantime. After
 * {@code attempts} tries the request fails with a {@link WikimediaException}.
 * <p>
 * Every other answer (a 404 too) is handed back as it came, for the API's own reader to judge: the
 * Action API ({@link MediaWikiApi}) and the REST API's page views ({@link PageViewsReader}) share
 * these rules and these locks.
 */
final class PoliteClient {

	private static final Logger log = LoggerFactory.getLogger(PoliteClient.class);

	/** The API errors that ask to wait and try again. */
	private static final Set<String> WAIT_CODES = Set.of("maxlag", "ratelimited");

	private final String name;
	private final RestClient http;
	private final Lock host;
	private final Sleeper sleeper;
	private final WikimediaApiProperties settings;

	PoliteClient(String name, RestClient http, Lock host, Sleeper sleeper, WikimediaApiProperties settings) {
		this.name = name;
		this.http = http;
		this.host = host;
		this.sleeper = sleeper;
		this.settings = settings;
	}

	/** The host's name, for messages. */
	String name() {
		return name;
	}

	/** The answer to a GET of this address once the host is free, after the waits and tries the rules allow. */
	Reply fetch(URI uri, Tally tally) {
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

	private Reply tryAll(URI uri, Tally tally) {
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
				failure = new Failure(Kind.UNREACHABLE, name + " could not be reached (" + reason(ex) + ")", backoff, ex);
				backoff = doubled(backoff);
				continue;
			}
			String waitCode = reply.waitCode();
			if (reply.status() == 429 || waitCode != null) {
				failure = new Failure(Kind.REFUSED,
						name + " asked to wait (" + (waitCode != null ? waitCode : "HTTP 429") + ")",
						retryAfter(reply.retryAfter()), null);
				continue;
			}
			if (reply.status() >= 500) {
				failure = new Failure(Kind.UNREACHABLE, name + " answered HTTP " + reply.status(), backoff, null);
				backoff = doubled(backoff);
				continue;
			}
			return reply;
		}
		throw new WikimediaException(failure.kind,
				failure.message + "; gave up after " + settings.attempts() + " attempts", failure.cause);
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
		return new WikimediaException(Kind.UNREACHABLE, "Interrupted while waiting for " + name, ex);
	}

	/** Why the last attempt failed, and how long to wait before the next. */
	private record Failure(Kind kind, String message, Duration delay, Throwable cause) {
	}

	/** An HTTP answer: its status, the headers that matter here, and its body read as JSON when it is an object. */
	record Reply(int status, String retryAfter, String apiError, String contentType, JsonNode json) {

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
			String code = json != null ? MediaWikiApi.text(json.path("error").get("code"), apiError) : apiError;
			return code != null && WAIT_CODES.contains(code) ? code : null;
		}
	}
}
