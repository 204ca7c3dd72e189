package org.hubdesk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubdesk.RealServerTest;
import org.hubdesk.hub.Hubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the container does with a form before the application sees it: uploads over the application's
 * limits and long file names come back to the form with everything typed (the container's own limits
 * lie above the application's), and bytes that are no UTF-8 get Hubdesk's error page in the
 * person's language. The server runs with 4 kB a file and 6 kB a form ({@link RealServerTest}).
 */
@RealServerTest
class FormTransportServerTests {

	static final String FORM = "/hubs/content-partnerships/requests/new";

	@LocalServerPort
	int port;

	@Autowired
	Hubs hubs;

	final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	String need;

	@BeforeEach
	void signIn() throws Exception {
		need = String.valueOf(hubs.codebook(hubs.bySlug("content-partnerships").orElseThrow()).get(0).need().getId());
		String token = csrf(send(HttpRequest.newBuilder(uri("/login"))).body());
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=requester&password=demo&_csrf=" + token)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void aFileOverTheLimitBringsTheFormBackWithEverythingTyped() throws Exception {
		HttpResponse<String> page = submit(Map.of("big.txt", "x".repeat(5_000)));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"Kept title\"").contains("Kept plan").contains("id=\"files-error\"")
			.contains("big.txt är större än hubben tar emot");
	}

	@Test
	void filesOverTheLimitTogetherBringTheFormBack() throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("one.txt", "a".repeat(3_500));
		files.put("two.txt", "b".repeat(3_500));
		HttpResponse<String> page = submit(files);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"Kept title\"").contains("id=\"files-error\"")
			.contains("Filerna är tillsammans större");
	}

	@Test
	void aLongFileNameBringsTheFormBackWithAMessage() throws Exception {
		HttpResponse<String> page = submit(Map.of("n".repeat(446) + ".txt", "notes"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"Kept title\"").contains("id=\"files-error\"")
			.contains("Ett filnamn är för långt");
	}

	@Test
	void aQueryOrFormThatIsNoUtf8GetsTheErrorPageInThePersonsLanguage() throws Exception {
		for (String page : new String[] { "/hubs/content-partnerships/search?q=%FF%FE", "/hubs/content-partnerships?q=%FF",
				"/hubs/content-partnerships/desk?state=%C3%28" }) {
			HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(page)).header("Accept-Language", "sv"));
			assertThat(answer.statusCode()).as(page).isEqualTo(400);
			assertThat(answer.body()).as(page).contains("Något i förfrågan är fel").contains("lang=\"sv\"")
				.doesNotContain("Apache Tomcat");
		}
		String token = csrf(send(HttpRequest.newBuilder(uri(FORM))).body());
		HttpResponse<String> form = send(HttpRequest.newBuilder(uri(FORM)).header("Accept-Language", "sv")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&title=%C3%28&action=draft")));
		assertThat(form.statusCode()).isEqualTo(400);
		assertThat(form.body()).contains("Något i förfrågan är fel").doesNotContain("Apache Tomcat");
	}

	@Test
	void anAddressTheContainerRefusesGetsHubdesksPageInThePersonsLanguage() throws Exception {
		String path = "GET /hubs/%FF HTTP/1.1";
		assertThat(raw(path, "Accept-Language: sv")).startsWith("HTTP/1.1 400").contains("Något i förfrågan är fel")
			.contains("lang=\"sv\"").doesNotContain("Apache Tomcat").doesNotContain("HTTP Status 400");
		assertThat(raw(path, "Cookie: hubdesk-lang=en")).contains("Something in the request is wrong");
		// a request line the container cannot read leaves it no header to choose a language by: English
		String bytes = "GET /hubs/content-partnerships/search?q=\u00ff HTTP/1.1";
		assertThat(raw(bytes, "Accept-Language: sv")).startsWith("HTTP/1.1 400")
			.contains("Something in the request is wrong").doesNotContain("HTTP Status 400");
	}

	/** Sends a request line as bytes (ISO-8859-1), as no client library would, and reads the whole answer. */
	private String raw(String requestLine, String header) throws IOException {
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\n" + header + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Sends the request form, in Swedish, with the files given (name to content). */
	private HttpResponse<String> submit(Map<String, String> files) throws Exception {
		String token = csrf(send(HttpRequest.newBuilder(uri(FORM))).body());
		String boundary = "----hubdesk-form-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", token);
		fields.put("title", "Kept title");
		fields.put("usefulnessPlan", "Kept plan");
		fields.put("language", "en");
		fields.put("needIds", need);
		fields.put("action", "submit");
		for (Map.Entry<String, String> field : fields.entrySet()) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n");
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
					+ "\"\r\nContent-Type: text/plain\r\n\r\n" + file.getValue() + "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(uri(FORM + "?uselang=sv"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
