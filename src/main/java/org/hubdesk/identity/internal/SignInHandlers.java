package org.hubdesk.identity.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubdesk.identity.People;
import org.hubdesk.identity.PersonPrincipal;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt: a success forgives the address's failures for the account;
 * a wrong password (or an unknown username) counts towards the throttle of that address (see
 * {@link SignInThrottle}); a wrong password and a throttled attempt get the very same answer, so
 * neither tells whether an account exists or is being guessed at. Wikimedia sign-in failures say
 * what went wrong.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final People people;
	private final SignInThrottle throttle;

	SignInHandlers(People people, SignInThrottle throttle) {
		this.people = people;
		this.throttle = throttle;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof PersonPrincipal principal) {
			people.recordSignIn(principal.personId());
			if (request.getParameter("username") != null) {
				throttle.succeeded(request.getRemoteAddr(), request.getParameter("username"));
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason;
		if (exception instanceof OAuth2AuthenticationException oauth) {
			String code = oauth.getError().getErrorCode();
			reason = switch (code) {
				case WikimediaProfileService.BLOCKED -> "blocked";
				case WikimediaProfileService.USERNAME_TAKEN -> "taken";
				default -> "wikimedia";
			};
		}
		else {
			if (exception instanceof BadCredentialsException) {
				throttle.failed(request.getRemoteAddr(), request.getParameter("username"));
			}
			reason = "failed";
		}
		String username = request.getParameter("username");
		String keep = username == null || username.isBlank() ? ""
				: "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason + keep);
	}
}
