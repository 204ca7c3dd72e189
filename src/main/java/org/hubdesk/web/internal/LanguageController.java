package org.hubdesk.web.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubdesk.identity.Languages;
import org.hubdesk.shared.SameSiteRedirect;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.view.RedirectView;

/** The language switcher: saves the choice and goes back to the page it was made on. */
@Controller
class LanguageController {

	private final Languages languages;
	private final LocaleResolver localeResolver;

	LanguageController(Languages languages, LocaleResolver localeResolver) {
		this.languages = languages;
		this.localeResolver = localeResolver;
	}

	@PostMapping("/language")
	RedirectView switchLanguage(@RequestParam(name = "lang", required = false) String lang,
			@RequestParam(name = "return", required = false) String returnTo, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = languages.match(lang).orElse(Languages.FALLBACK);
		localeResolver.setLocale(request, response, locale);
		// only a path on this site, never another host, so the switcher is no open redirect
		return SameSiteRedirect.to(returnTo, "/");
	}
}
