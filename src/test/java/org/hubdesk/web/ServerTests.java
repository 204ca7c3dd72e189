package org.hubdesk.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubdesk.RealServerTest;
import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What only a real server shows: container error pages, headers, health and metrics (for the instance admin only). */
@RealServerTest
class ServerTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	People people;

	final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anOversizedUploadGetsItsOwnPageInThePersonsLanguage() throws Exception {
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).header("Accept-Language", "sv"));
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(token.find()).isTrue();
		String boundary = "----hubdesk-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + "x".repeat(20_000) + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/language"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", token.group(1))
			.header("Accept-Language", "sv")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("För stort").doesNotContain("Exception");
	}

	@Test
	void aBrokenUploadIsTheSendersMistakeNotAServerError() throws Exception {
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).header("Accept-Language", "sv"));
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(token.find()).isTrue();
		String boundary = "----hubdesk-boundary";
		String cutOff = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nsv";
		for (String type : new String[] { "multipart/form-data; boundary=" + boundary, "multipart/form-data" }) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/language"))
				.header("Content-Type", type)
				.header("X-CSRF-TOKEN", token.group(1))
				.header("Accept-Language", "sv")
				.POST(HttpRequest.BodyPublishers.ofString(cutOff, StandardCharsets.UTF_8)));
			assertThat(response.statusCode()).as(type).isEqualTo(400);
			assertThat(response.body()).contains("Något i förfrågan är fel").doesNotContain("Exception");
		}
	}

	@Test
	void pagesForbidInlineScriptAndFraming() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/hubs/content-partnerships")));
		String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
		assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
	}

	@Test
	void anUnknownPageIsANotFoundPage() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/hubs/no-such-hub?uselang=sv")));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Hittades inte").contains("lang=\"sv\"");
		HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/hubs/no-such-hub")));
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"status\":404");
	}

	@Test
	void healthIsPublicButTellsNoDetails() throws Exception {
		assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/liveness"))).body()).contains("\"UP\"");
		assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))).body()).contains("\"UP\"");
		HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")));
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"").doesNotContain("components").doesNotContain("details")
			.doesNotContain("db").doesNotContain("diskSpace");
	}

	@Test
	void metricsAreForTheInstanceAdminsTokenNotForAnyone() throws Exception {
		HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/actuator/prometheus")));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				value -> assertThat(value).startsWith("Bearer"));
		assertThat(anonymous.body()).doesNotContain("jvm_").doesNotContain("http_server_requests");
		assertThat(send(HttpRequest.newBuilder(uri("/actuator"))).statusCode()).isEqualTo(401);

		String staffToken = tokens.create(people.byUsername("staff").orElseThrow().getId(), "scraper").secret();
		HttpResponse<String> staff = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
			.header("Authorization", "Bearer " + staffToken));
		assertThat(staff.statusCode()).isEqualTo(403);
		assertThat(staff.body()).doesNotContain("jvm_");

		HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
			.header("Authorization", "Bearer hd_notatoken"));
		assertThat(wrong.statusCode()).isEqualTo(401);

		String adminToken = tokens.create(people.byUsername("admin").orElseThrow().getId(), "prometheus").secret();
		HttpResponse<String> admin = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
			.header("Authorization", "Bearer " + adminToken));
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("jvm_memory_used_bytes");
		assertThat(admin.headers().allValues("Set-Cookie")).as("a scrape opens no session").isEmpty();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
