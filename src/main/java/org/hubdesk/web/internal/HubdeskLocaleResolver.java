package org.hubdesk.web.internal;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubdesk.hub.HubScope;
import org.hubdesk.identity.Languages;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.identity.PersonPrincipal;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the interface language of a page view: {@code ?uselang=} for that view only (MediaWiki's
 * convention), else the person's saved preference, else the language cookie of a signed-out
 * visitor, else the browser's Accept-Language, else the hub's default language, else English.
 * Only shipped languages are chosen; anything else falls through to the next source.
 */
class HubdeskLocaleResolver implements LocaleResolver {

	static final String COOKIE = "hubdesk-lang";
	static final String USELANG = "uselang";
	private static final String RESOLVED = HubdeskLocaleResolver.class.getName() + ".locale";

	private final Languages languages;
	private final People people;
	private final HubScope hubs;
	private final Viewer viewer;

	HubdeskLocaleResolver(Languages languages, People people, HubScope hubs, Viewer viewer) {
		this.viewer = viewer;
		this.languages = languages;
		this.people = people;
		this.hubs = hubs;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object cached = request.getAttribute(RESOLVED);
		if (cached instanceof Locale locale) {
			return locale;
		}
		Locale locale = choose(request);
		request.setAttribute(RESOLVED, locale);
		return locale;
	}

	private Locale choose(HttpServletRequest request) {
		Optional<Locale> uselang = languages.match(uselang(request));
		if (uselang.isPresent()) {
			return uselang.get();
		}
		Optional<Locale> saved = Optional.ofNullable(viewer.of(request))
			.map(Person::getLanguage)
			.flatMap(languages::match);
		if (saved.isPresent()) {
			return saved.get();
		}
		Optional<Locale> cookie = cookie(request).flatMap(languages::match);
		if (cookie.isPresent()) {
			return cookie.get();
		}
		if (request.getHeader("Accept-Language") != null) {
			for (Locale.LanguageRange range : parseAcceptLanguage(request.getHeader("Accept-Language"))) {
				Optional<Locale> match = languages.match(range.getRange());
				if (match.isPresent()) {
					return match.get();
				}
			}
		}
		return hubDefault(request).orElse(Languages.FALLBACK);
	}

	/**
	 * The {@code uselang} of the address. Read from the query string, never from the body, so that
	 * a form or an oversized upload is not parsed just to choose a language.
	 */
	static String uselang(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0 && USELANG.equals(pair.substring(0, eq))) {
				try {
					return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					return null; // a malformed escape names no language
				}
			}
		}
		return null;
	}

	private Optional<Locale> hubDefault(HttpServletRequest request) {
		return hubs.current(request).flatMap(h -> languages.match(h.getDefaultLanguage()));
	}

	private static java.util.List<Locale.LanguageRange> parseAcceptLanguage(String header) {
		try {
			return Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException ex) {
			return java.util.List.of();
		}
	}

	private static Optional<String> cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie c : request.getCookies()) {
			if (COOKIE.equals(c.getName())) {
				return Optional.ofNullable(c.getValue());
			}
		}
		return Optional.empty();
	}

	/** Saves the choice: for the person when signed in, and in a cookie either way. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = locale == null ? Languages.FALLBACK : locale;
		PersonPrincipal.current().ifPresent(p -> people.changeLanguage(p.personId(), chosen.toLanguageTag()));
		Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
		cookie.setPath("/");
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		request.setAttribute(RESOLVED, chosen);
	}
}
