package org.hubdesk.wikimedia.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.hubdesk.wikimedia.WikimediaApiProperties;
import org.hubdesk.wikimedia.WikimediaException;
import org.hubdesk.wikimedia.WikimediaException.Kind;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The Wikimedia APIs this installation reads, one client per API address, all sharing one HTTP
 * client (with the configured connect and read timeout and User-Agent) and one {@link PoliteClient}
 * per host, so that a host is asked one thing at a time however many APIs it serves (the Action API
 * and the REST API's page views alike).
 */
final class MediaWikiApis {

	private final WikimediaApiProperties settings;
	private final Sleeper sleeper;
	private final RestClient http;
	private final Map<String, PoliteClient> hosts = new ConcurrentHashMap<>();
	private final Map<URI, MediaWikiApi> apis = new ConcurrentHashMap<>();

	MediaWikiApis(WikimediaApiProperties settings, Sleeper sleeper) {
		this.settings = settings;
		this.sleeper = sleeper;
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(settings.timeout());
		requests.enableCompression(true);
		this.http = RestClient.builder()
			.requestFactory(requests)
			.defaultHeader(HttpHeaders.USER_AGENT, settings.userAgent())
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.build();
	}

	/** The Action API of Wikimedia Commons ({@code hubdesk.impact.commons-api}). */
	MediaWikiApi commons() {
		return at(settings.commonsApi());
	}

	/** The Action API of Wikidata ({@code hubdesk.impact.wikidata-api}). */
	MediaWikiApi wikidata() {
		return at(settings.wikidataApi());
	}

	/** The API at this address ({@code https://host/w/api.php}). */
	MediaWikiApi at(String address) {
		URI endpoint = address(address);
		return apis.computeIfAbsent(endpoint, uri -> new MediaWikiApi(uri, host(uri)));
	}

	/** The REST API of page views ({@code hubdesk.impact.pageviews-api}), asked through its host's client. */
	PageViewsReader pageViews() {
		URI base = address(settings.pageviewsApi());
		return new PageViewsReader(base, host(base));
	}

	/** The client of the address's host, shared by every API on it. */
	PoliteClient host(URI uri) {
		return hosts.computeIfAbsent(hostOf(uri),
				host -> new PoliteClient(uri.getHost(), http, new ReentrantLock(true), sleeper, settings));
	}

	private static URI address(String address) {
		URI endpoint;
		try {
			endpoint = URI.create(address.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new WikimediaException(Kind.INVALID, "Not an API address: " + address, ex);
		}
		if (endpoint.getHost() == null || !endpoint.getScheme().matches("(?i)https?")) {
			throw new WikimediaException(Kind.INVALID, "Not an API address: " + address);
		}
		return endpoint;
	}

	private static String hostOf(URI uri) {
		return uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
	}
}
