package org.hubdesk.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.identity.PersonPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a call to the REST API (or a metrics scrape of {@value #METRICS}) that carries
 * {@code Authorization: Bearer hd_…} as the token's person, for that call only (nothing is kept in
 * the session). An unknown or revoked token is refused with 401 at once: a call that names a token
 * is never served as anyone else, not even as the person of a session cookie it may also carry.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	/** The metrics a scraper reads with an instance admin's token. */
	static final String METRICS = "/actuator/prometheus";

	/** Calls under {@code /api/} and to the metrics that carry a bearer token: the ones this filter answers for. */
	static final RequestMatcher BEARER_API_CALL = request -> bearer(request).isPresent()
			&& tokenPath(request.getRequestURI().substring(request.getContextPath().length()));

	private final ApiTokens tokens;
	private final People people;
	private final AuthenticationEntryPoint refuse;
	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenAuthenticationFilter(ApiTokens tokens, People people, AuthenticationEntryPoint refuse) {
		this.tokens = tokens;
		this.people = people;
		this.refuse = refuse;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !BEARER_API_CALL.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Person> person = tokens.authenticate(bearer(request).orElseThrow());
		if (person.isEmpty()) {
			contexts.clearContext();
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			refuse.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
			return;
		}
		PersonPrincipal principal = people.principalOf(person.get());
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		contexts.setContext(context);
		chain.doFilter(request, response);
	}

	private static boolean tokenPath(String path) {
		return path.startsWith("/api/") || path.equals(METRICS);
	}

	private static Optional<String> bearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return Optional.empty();
		}
		return Optional.of(header.substring(BEARER.length()).strip());
	}
}
