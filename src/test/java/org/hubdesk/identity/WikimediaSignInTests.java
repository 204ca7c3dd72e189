package org.hubdesk.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.hubdesk.RealServerTest;
import org.hubdesk.WikimediaStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with a Wikimedia account end to end: the browser's redirects are followed by hand
 * against the real application and a local server that answers like meta.wikimedia.org.
 */
@RealServerTest
class WikimediaSignInTests {

	static final String PROFILE = "/w/rest.php/oauth2/resource/profile";
	static final String TOKEN = "/w/rest.php/oauth2/access_token";

	@LocalServerPort
	int port;

	@Autowired
	People people;

	final WireMockServer wikimedia = WikimediaStub.server();

	HttpClient browser;

	@BeforeEach
	void setUp() {
		wikimedia.resetAll();
		browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Test
	void aWikimediaAccountSignsInKeyedOnItsSub() throws Exception {
		long sub = 9_000_000L + (System.nanoTime() % 1_000_000);
		String username = "Wiki User " + sub;
		stubToken("token-" + sub);
		stubProfile("token-" + sub, profile(sub, username, false));

		HttpResponse<String> done = signIn();
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).hasValue(base() + "/");

		Person person = people.byUsername(username).orElseThrow();
		assertThat(person.getWikimediaSub()).isEqualTo(sub);
		assertThat(person.isLocalAccount()).isFalse();
		assertThat(page("/account").body()).contains(username);

		wikimedia.verify(postRequestedFor(urlPathEqualTo(TOKEN))
			.withHeader("User-Agent", matching("Hubdesk/\\S+ \\(.+\\)"))
			.withRequestBody(containing("grant_type=authorization_code"))
			.withRequestBody(containing("code=the-code"))
			.withRequestBody(containing("client_id=hubdesk-test-client"))
			.withRequestBody(containing("client_secret=hubdesk-test-secret"))
			.withRequestBody(containing("code_verifier=")));
		wikimedia.verify(getRequestedFor(urlPathEqualTo(PROFILE))
			.withHeader("Authorization", equalTo("Bearer token-" + sub))
			.withHeader("User-Agent", matching("Hubdesk/\\S+ \\(.+\\)")));
	}

	@Test
	void aRenamedAccountIsTheSamePerson() throws Exception {
		long sub = 8_000_000L + (System.nanoTime() % 1_000_000);
		stubToken("token-a" + sub);
		stubProfile("token-a" + sub, profile(sub, "Old Name " + sub, false));
		signIn();
		long id = people.byUsername("Old Name " + sub).orElseThrow().getId();

		wikimedia.resetAll();
		setUp();
		stubToken("token-b" + sub);
		stubProfile("token-b" + sub, profile(sub, "New Name " + sub, false));
		assertThat(signIn().headers().firstValue("Location")).hasValue(base() + "/");
		assertThat(people.byUsername("New Name " + sub).orElseThrow().getId()).isEqualTo(id);
		assertThat(people.byUsername("Old Name " + sub)).isEmpty();
	}

	@Test
	void aBlockedAccountIsRefused() throws Exception {
		long sub = 7_000_000L + (System.nanoTime() % 1_000_000);
		stubToken("token-" + sub);
		stubProfile("token-" + sub, "{\"sub\": " + sub + ", \"blocked\": true}");
		HttpResponse<String> done = signIn();
		assertThat(done.headers().firstValue("Location")).hasValue(base() + "/login?error=blocked");
		assertThat(page("/login?error=blocked").body()).contains("blocked");
		assertThat(page("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void theSignInPageOffersTheWikimediaButton() throws Exception {
		assertThat(page("/login").body()).contains("/oauth2/authorization/wikimedia");
	}

	private HttpResponse<String> signIn() throws IOException, InterruptedException {
		HttpResponse<String> start = page("/oauth2/authorization/wikimedia");
		assertThat(start.statusCode()).isEqualTo(302);
		URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
		assertThat(authorize.getPath()).isEqualTo("/w/rest.php/oauth2/authorize");
		Map<String, String> query = query(authorize);
		assertThat(query).containsEntry("response_type", "code")
			.containsEntry("client_id", "hubdesk-test-client")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("state");
		assertThat(query.get("redirect_uri")).isEqualTo(base() + "/login/oauth2/code/wikimedia");
		return page("/login/oauth2/code/wikimedia?code=the-code&state=" + query.get("state"));
	}

	private HttpResponse<String> page(String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private void stubToken(String token) {
		wikimedia.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"token_type\":\"Bearer\",\"expires_in\":14400,\"access_token\":\"" + token
					+ "\",\"refresh_token\":\"r-" + token + "\"}")));
	}

	private void stubProfile(String token, String json) {
		wikimedia.stubFor(get(urlPathEqualTo(PROFILE)).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
	}

	private static String profile(long sub, String username, boolean blocked) {
		return "{\"sub\": " + sub + ", \"username\": \"" + username + "\", \"editcount\": 42, "
				+ "\"confirmed_email\": true, \"blocked\": " + blocked + ", \"registered\": \"20100101000000\", "
				+ "\"groups\": [\"*\", \"user\", \"autoconfirmed\"], \"rights\": [\"read\", \"edit\"], "
				+ "\"grants\": [\"mwoauth-authonly\"]}";
	}

	private static Map<String, String> query(URI uri) {
		return Arrays.stream(uri.getRawQuery().split("&"))
			.map(p -> p.split("=", 2))
			.collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
	}
}
