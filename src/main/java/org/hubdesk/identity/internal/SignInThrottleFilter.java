package org.hubdesk.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in attempt from an address that has been failing for that account (or for many),
 * before the password is looked at, and answers exactly as a wrong password is answered: the
 * attempt tells the guesser nothing, not even that they are being held back.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

	private final SignInThrottle throttle;
	private final AuthenticationFailureHandler failure;

	SignInThrottleFilter(SignInThrottle throttle, AuthenticationFailureHandler failure) {
		this.throttle = throttle;
		this.failure = failure;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (throttle.throttled(request.getRemoteAddr(), request.getParameter("username"))) {
			failure.onAuthenticationFailure(request, response, new Throttled());
			return;
		}
		chain.doFilter(request, response);
	}

	/** An attempt refused without looking at the password. */
	static final class Throttled extends AuthenticationException {

		private static final long serialVersionUID = 1L;

		Throttled() {
			super("Too many failed sign-ins from this address");
		}
	}
}
