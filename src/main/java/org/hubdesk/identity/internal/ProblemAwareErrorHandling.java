package org.hubdesk.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubdesk.identity.SecurityAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Hands refusals to the application's error pages (which answer problem details under
 * {@code /api/}): 401 for an API call without a sign-in, 403 for a forbidden page, and the
 * expired-session page when a form's CSRF token is missing or stale.
 */
@Component
class ProblemAwareErrorHandling implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		if (denied instanceof CsrfException) {
			request.setAttribute(SecurityAttributes.CSRF_REJECTED, Boolean.TRUE);
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

	/** 401 for a program (a metrics scraper) that must sign in with a bearer token. */
	void bearerNeeded(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (!response.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}
}
