package org.hubdesk.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs the virtual users in through the real sign-in form before the run, so that the measured
 * mix is the work people do once signed in; each user gets its own session.
 */
final class Accounts {

	static final String PASSWORD = "demo";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private Accounts() {
	}

	/**
	 * The names of {@code count} staff members: the twelve generated ones in turn and the demo hub's
	 * own {@code staff} as the thirteenth.
	 */
	static List<String> staffNames(int count) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add(i % 13 == 12 ? "staff" : "bench-staff-" + (i % 13 + 1));
		}
		return names;
	}

	/** One signed-in session per name, as Gatling feeder records: {@code sid}, {@code role}, {@code username}. */
	static List<Map<String, Object>> signIn(String base, List<String> usernames, String role) {
		List<Map<String, Object>> sessions = new ArrayList<>();
		for (String username : usernames) {
			sessions.add(signIn(base, username, role));
		}
		return sessions;
	}

	private static Map<String, Object> signIn(String base, String username, String role) {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();
		try {
			String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = CSRF.matcher(page);
			if (!csrf.find()) {
				throw new IllegalStateException("The sign-in page has no CSRF field");
			}
			String form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("Sign-in as " + username + " failed: " + response.statusCode() + " " + location);
			}
			String sid = cookies.getCookieStore().getCookies().stream()
				.filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst()
				.orElseThrow(() -> new IllegalStateException("No session cookie for " + username));
			Map<String, Object> record = new HashMap<>();
			record.put("sid", sid);
			record.put("role", role);
			record.put("username", username);
			return record;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Hubdesk does not answer at " + base, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
