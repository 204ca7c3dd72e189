package org.hubdesk.identity.internal;

import java.util.Map;

import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.identity.UsernameTakenException;
import org.hubdesk.identity.WikimediaProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the Wikimedia profile ({@code /oauth2/resource/profile}) with the access token and signs the
 * person in, keyed on {@code sub}. A blocked account is refused.
 */
class WikimediaProfileService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	static final String BLOCKED = "account_blocked";
	static final String USERNAME_TAKEN = "username_taken";
	static final String BAD_PROFILE = "invalid_profile";

	private final RestClient http;
	private final People people;

	WikimediaProfileService(WikimediaProperties properties, People people) {
		this.http = RestClient.builder().defaultHeader(HttpHeaders.USER_AGENT, properties.userAgent()).build();
		this.people = people;
	}

	@Override
	public OAuth2User loadUser(OAuth2UserRequest request) {
		String uri = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri();
		Map<String, Object> profile;
		try {
			profile = http.get()
				.uri(uri)
				.headers(h -> h.setBearerAuth(request.getAccessToken().getTokenValue()))
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
		}
		catch (RestClientException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error(BAD_PROFILE), "Profile could not be read", ex);
		}
		if (profile == null || profile.get("sub") == null) {
			throw new OAuth2AuthenticationException(new OAuth2Error(BAD_PROFILE), "Profile without sub");
		}
		if (Boolean.TRUE.equals(profile.get("blocked"))) {
			throw new OAuth2AuthenticationException(new OAuth2Error(BLOCKED), "The Wikimedia account is blocked");
		}
		Object username = profile.get("username");
		if (!(username instanceof String name) || name.isBlank()) {
			throw new OAuth2AuthenticationException(new OAuth2Error(BAD_PROFILE), "Profile without username");
		}
		long sub = Long.parseLong(String.valueOf(profile.get("sub")));
		try {
			Person person = people.signInWithWikimedia(sub, name, text(profile.get("realname")),
					text(profile.get("email")));
			return people.principalOf(person);
		}
		catch (UsernameTakenException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error(USERNAME_TAKEN), ex.getMessage(), ex);
		}
	}

	private static String text(Object value) {
		return value instanceof String s && !s.isBlank() ? s : null;
	}
}
