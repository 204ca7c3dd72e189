package org.hubdesk.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with a Wikimedia account (OAuth 2.0 on meta.wikimedia.org). Switched on when a client id
 * and secret are configured. {@code baseUrl} is the wiki whose {@code /w/rest.php/oauth2/…}
 * endpoints are used; {@code userAgent} is sent on every call.
 */
@ConfigurationProperties("hubdesk.wikimedia")
public record WikimediaProperties(String clientId, String clientSecret,
		@DefaultValue("https://meta.wikimedia.org") String baseUrl, @DefaultValue("Hubdesk") String userAgent) {

	public boolean enabled() {
		return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
	}

	public String endpoint(String path) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return base + "/w/rest.php/oauth2/" + path;
	}
}
