package org.hubdesk.identity.internal;

import org.hubdesk.identity.PersonPrincipal;
import org.hubdesk.identity.WikimediaProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: the local form and, when configured, the Wikimedia button. */
@Controller
class LoginController {

	private final WikimediaProperties wikimedia;

	LoginController(WikimediaProperties wikimedia) {
		this.wikimedia = wikimedia;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		if (PersonPrincipal.current().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("wikimediaEnabled", wikimedia.enabled());
		model.addAttribute("wikimediaPath", "/oauth2/authorization/" + SecurityConfig.REGISTRATION_ID);
		if (error != null) {
			model.addAttribute("errorKey", switch (error) {
				case "blocked" -> "login.error.blocked";
				case "taken" -> "login.error.username-taken";
				case "wikimedia" -> "login.error.wikimedia";
				default -> "login.error.failed";
			});
		}
		return "identity/login";
	}
}
