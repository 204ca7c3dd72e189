package org.hubdesk.identity.internal;

import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.ApiTokens.CreatedToken;
import org.hubdesk.identity.PersonPrincipal;
import org.hubdesk.shared.Texts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page's API tokens: a new token's secret travels to the page once, as a flash
 * attribute, and is never shown again.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

	static final String ANCHOR = "redirect:/account#api-tokens";

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping
	String create(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		if (name == null || name.isBlank() || name.strip().length() > ApiTokens.MAX_NAME || !Texts.readable(name)) {
			redirect.addFlashAttribute("failed", "account.token.name-invalid");
			redirect.addFlashAttribute("tokenName", name); // the form shows again what was typed
			return ANCHOR;
		}
		CreatedToken created = tokens.create(me.personId(), name);
		redirect.addFlashAttribute("newToken", created.secret());
		redirect.addFlashAttribute("newTokenName", created.token().getName());
		redirect.addFlashAttribute("saved", "account.token.created");
		return ANCHOR;
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal PersonPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		if (tokens.revoke(me.personId(), id)) {
			redirect.addFlashAttribute("saved", "account.token.revoked");
		}
		else {
			redirect.addFlashAttribute("failed", "account.token.unknown");
		}
		return ANCHOR;
	}
}
