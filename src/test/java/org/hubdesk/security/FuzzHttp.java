package org.hubdesk.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubdesk.security.FuzzValues.Bad;

/**
 * The fuzz pass's side of the wire: a browser session per role (signed in through the sign-in form,
 * with the session's CSRF token), the role's API token for the API, and the encodings a form or a
 * program sends — URL-encoded, multipart and JSON — built by hand, so that broken ones can be sent
 * too.
 */
final class FuzzHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** One answer: its status, where a redirect points, its content type and its body. */
	record Answer(int status, String location, String contentType, String body) {

		boolean html() {
			return contentType != null && contentType.startsWith("text/html");
		}

		boolean redirect() {
			return status / 100 == 3 && location != null;
		}

		boolean toLogin() {
			return redirect() && location.replaceFirst("^https?://[^/]+", "").matches("/login([?#].*)?");
		}
	}

	/** A role's browser: its cookies, its CSRF token and, for the API, its bearer token. */
	final class Session {

		final Role role;
		final String bearer;
		final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10)).build();
		String csrf;

		Session(Role role, String bearer) {
			this.role = role;
			this.bearer = bearer;
		}

		/** Signs in again when an answer showed the session gone (a fuzzed write may end it). */
		void keepSignedIn() throws IOException, InterruptedException {
			if (role.username() == null) {
				csrf = csrfOf(send(this, "GET", "/login", null, null).body());
				return;
			}
			Answer account = send(this, "GET", "/account", null, null);
			if (account.status() == 200) {
				csrf = csrfOf(account.body());
				return;
			}
			String token = csrfOf(send(this, "GET", "/login", null, null).body());
			Answer signedIn = send(this, "POST", "/login", "application/x-www-form-urlencoded",
					("username=" + role.username() + "&password=demo&_csrf=" + token).getBytes(StandardCharsets.UTF_8));
			if (!signedIn.redirect() || signedIn.location().contains("error")) {
				throw new IllegalStateException(role + " could not sign in: " + signedIn.status() + " " + signedIn.location());
			}
			csrf = csrfOf(send(this, "GET", "/account", null, null).body());
		}
	}

	private final int port;

	FuzzHttp(int port) {
		this.port = port;
	}

	Session session(Role role, String bearer) throws IOException, InterruptedException {
		Session session = new Session(role, bearer);
		session.keepSignedIn();
		return session;
	}

	/** Sends one request; under /api/ with the role's bearer token, elsewhere in its browser session. */
	Answer send(Session session, String method, String target, String contentType, byte[] body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(target)).timeout(Duration.ofSeconds(60))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		boolean api = target.startsWith("/api/");
		request.header("Accept", api || target.startsWith("/v3/") ? "application/json" : "text/html,application/xhtml+xml");
		if (api && session.bearer != null) {
			request.header("Authorization", "Bearer " + session.bearer);
		}
		else if (contentType != null && contentType.startsWith("multipart/") && session.csrf != null) {
			// a broken body leaves no field to read the token from: the header carries it, as a script would
			request.header("X-CSRF-TOKEN", session.csrf);
		}
		HttpResponse<String> response = session.client.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
				response.headers().firstValue("Content-Type").orElse(null), response.body());
	}

	/** The page a redirect leads to, in the same session (not counted as an input). */
	Answer follow(Session session, Answer answer) throws IOException, InterruptedException {
		String target = answer.location().replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> response = session.client.send(HttpRequest.newBuilder(uri(target)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
				response.headers().firstValue("Content-Type").orElse(null), response.body());
	}

	private URI uri(String target) {
		String address = "http://localhost:" + port + target;
		try {
			return URI.create(address);
		}
		catch (IllegalArgumentException ex) {
			// a raw value that is no valid address (a lone '%'): sent as its characters, escaped
			return URI.create(address.replaceAll("%(?![0-9A-Fa-f]{2})", "%25"));
		}
	}

	/** The value as a form or a query sends it. */
	static String encoded(Bad value) {
		return value.raw() != null ? value.raw() : URLEncoder.encode(value.text(), StandardCharsets.UTF_8);
	}

	/** What a server reading the encoded value gets as text, or null when it is no text. */
	static String decoded(Bad value) {
		if (value.raw() != null) {
			return null;
		}
		return URLDecoder.decode(encoded(value), StandardCharsets.UTF_8);
	}

	/** Whether a value decodes to text: always, but for raw escapes that are broken or bytes that are no UTF-8. */
	static boolean readable(Bad value) {
		if (value.raw() == null) {
			return true;
		}
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		String raw = value.raw();
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
						|| Character.digit(raw.charAt(i + 2), 16) < 0) {
					return false;
				}
				bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				bytes.write(c);
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
			return true;
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			return false;
		}
	}

	static byte[] urlEncoded(List<Map.Entry<String, Bad>> fields) {
		StringBuilder body = new StringBuilder();
		for (Map.Entry<String, Bad> field : fields) {
			body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
				.append('=').append(encoded(field.getValue()));
		}
		return body.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	static final String BOUNDARY = "----hubdesk-fuzz-boundary";

	/** A multipart body: each field a part, each file field a small text file. */
	static byte[] multipart(List<Map.Entry<String, Bad>> fields, List<String> fileFields) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, Bad> field : fields) {
			write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n");
			body.writeBytes(bytes(field.getValue()));
			write(body, "\r\n");
		}
		for (String name : fileFields) {
			write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
					+ "\"; filename=\"fuzz.txt\"\r\nContent-Type: text/plain\r\n\r\na file of the fuzz pass\r\n");
		}
		write(body, "--" + BOUNDARY + "--\r\n");
		return body.toByteArray();
	}

	/** The bytes of a value: a raw one with its escapes turned into bytes, a text in UTF-8. */
	static byte[] bytes(Bad value) {
		if (value.raw() == null) {
			return value.text().getBytes(StandardCharsets.UTF_8);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Matcher escape = Pattern.compile("%([0-9A-Fa-f]{2})|.", Pattern.DOTALL).matcher(value.raw());
		while (escape.find()) {
			if (escape.group(1) != null) {
				out.write(Integer.parseInt(escape.group(1), 16));
			}
			else {
				write(out, escape.group());
			}
		}
		return out.toByteArray();
	}

	static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	static String csrfOf(String page) {
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return token.group(1);
	}
}
