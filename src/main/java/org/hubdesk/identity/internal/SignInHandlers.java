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
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt: a success clears the failure count; a wrong password
 * counts towards the lock-out; each failure goes back to the sign-in page with its own message.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final People people;

	SignInHandlers(People people) {
		this.people = people;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof PersonPrincipal principal) {
			people.recordSignIn(principal.personId());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason;
		if (exception instanceof LockedException) {
			reason = "locked";
		}
		else if (exception instanceof OAuth2AuthenticationException oauth) {
			String code = oauth.getError().getErrorCode();
			reason = switch (code) {
				case WikimediaProfileService.BLOCKED -> "blocked";
				case WikimediaProfileService.USERNAME_TAKEN -> "taken";
				default -> "wikimedia";
			};
		}
		else {
			if (exception instanceof BadCredentialsException) {
				people.recordFailedSignIn(request.getParameter("username"));
			}
			reason = "failed";
		}
		String username = request.getParameter("username");
		String keep = username == null || username.isBlank() ? ""
				: "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason + keep);
	}
}
