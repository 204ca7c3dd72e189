package org.hubdesk.wikimedia.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.hubdesk.wikimedia.WikimediaApiProperties;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local server that answers like Commons' Action API, from the fixtures under
 * {@code src/test/resources/wikimedia} (real answers' shapes, {@code formatversion=2}), with the
 * settings and the client that read it. Waits are noted, never slept.
 */
final class CommonsServer implements AutoCloseable {

	static final String PATH = "/w/api.php";
	static final String USER_AGENT = "Hubdesk/0.0.0-test (hub@example.org)";

	final WireMockServer server = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

	/** The waits the client asked for, in order. */
	final List<Duration> waits = new CopyOnWriteArrayList<>();

	CommonsServer() {
		server.start();
	}

	void reset() {
		server.resetAll();
		waits.clear();
	}

	String url() {
		return server.baseUrl() + PATH;
	}

	/** Settings for this server: these batch sizes, waits of 5 s to 120 s (noted, not slept), 4 attempts, a 2 s timeout. */
	WikimediaApiProperties settings(int categoryBatch, int usageBatch) {
		return new WikimediaApiProperties(url(), url(), server.baseUrl() + "/pageviews", categoryBatch, usageBatch,
				Duration.ofSeconds(5), Duration.ofSeconds(120), Duration.ofSeconds(2), 4, USER_AGENT);
	}

	MediaWikiApi api(WikimediaApiProperties settings) {
		return new MediaWikiApis(settings, waits::add).commons();
	}

	/**
	 * A request for the API with exactly these values of these parameters; a null value means the
	 * parameter must be absent.
	 */
	static MappingBuilder request(Map<String, String> params) {
		MappingBuilder request = get(urlPathEqualTo(PATH));
		params.forEach((key, value) -> request.withQueryParam(key, value == null ? absent() : equalTo(value)));
		return request;
	}

	/** Parameters from keys and values; a null value means the parameter must be absent. */
	static Map<String, String> params(String... keysAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			params.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return params;
	}

	/** Answers that request with a fixture. */
	void answer(Map<String, String> params, String fixture) {
		server.stubFor(request(params).willReturn(json(fixture)));
	}

	static ResponseDefinitionBuilder json(String fixture) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json; charset=utf-8")
			.withBody(fixture(fixture));
	}

	static String fixture(String name) {
		try (InputStream in = CommonsServer.class.getResourceAsStream("/wikimedia/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<LoggedRequest> requests() {
		return server.findAll(anyRequestedFor(anyUrl()));
	}

	/**
	 * Every request the server received was a GET it had an answer for, with the User-Agent,
	 * {@code maxlag=5}, {@code format=json} and {@code formatversion=2}.
	 */
	void assertEveryRequestPolite() {
		assertThat(server.findAllUnmatchedRequests()).as("requests the fixtures did not expect").isEmpty();
		assertThat(requests()).allSatisfy(request -> {
			assertThat(request.getMethod().getName()).isEqualTo("GET");
			assertThat(request.getHeader("User-Agent")).isEqualTo(USER_AGENT);
			assertThat(request.queryParameter("maxlag").firstValue()).isEqualTo("5");
			assertThat(request.queryParameter("format").firstValue()).isEqualTo("json");
			assertThat(request.queryParameter("formatversion").firstValue()).isEqualTo("2");
		});
	}

	@Override
	public void close() {
		server.stop();
	}
}
