package org.hubdesk.identity.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Countries;
import org.hubdesk.directory.Directory;
import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.LanguageTags;
import org.hubdesk.identity.Languages;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.identity.PersonPrincipal;
import org.hubdesk.identity.internal.AccountForms.PasswordForm;
import org.hubdesk.identity.internal.AccountForms.ProfileForm;
import org.hubdesk.shared.Refusal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own account page: name, e-mail, language, time zone, the languages they read, their
 * country, affiliations, password and API tokens (created and revoked by {@link ApiTokenController}).
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private final People people;
	private final Directory directory;
	private final Countries countries;
	private final Languages languages;
	private final ApiTokens tokens;

	AccountController(People people, Directory directory, Countries countries, Languages languages,
			ApiTokens tokens) {
		this.people = people;
		this.directory = directory;
		this.countries = countries;
		this.languages = languages;
		this.tokens = tokens;
	}

	@GetMapping
	String account(@AuthenticationPrincipal PersonPrincipal me, Model model) {
		Person person = people.byId(me.personId()).orElseThrow();
		model.addAttribute("profile", ProfileForm.of(person, people.declaredReadLanguages(person.getId())));
		model.addAttribute("password", new PasswordForm());
		return page(person, model);
	}

	@PostMapping
	String saveProfile(@AuthenticationPrincipal PersonPrincipal me, @Valid @ModelAttribute("profile") ProfileForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (form.getLanguage() != null && !form.getLanguage().isBlank() && !languages.isShipped(form.getLanguage())) {
			errors.rejectValue("language", "validation.language");
		}
		if (form.getTimeZone() != null && !form.getTimeZone().isBlank()
				&& !ZoneId.getAvailableZoneIds().contains(form.getTimeZone())) {
			errors.rejectValue("timeZone", "validation.time-zone");
		}
		List<String> readLanguages = null; // a form without the field leaves them as they are
		try {
			readLanguages = form.getReadLanguages() == null ? null : LanguageTags.parse(form.getReadLanguages());
		}
		catch (Refusal refused) {
			errors.rejectValue("readLanguages", refused.getMessageKey(), refused.getArguments(), null);
		}
		String country = form.getCountryCode(); // a form without the field leaves it as it is
		if (country != null && !country.isBlank()
				&& !countries.isCountry(country.strip().toUpperCase(Locale.ROOT))) {
			errors.rejectValue(People.COUNTRY_FIELD, "validation.country");
		}
		Person person = people.byId(me.personId()).orElseThrow();
		if (errors.hasErrors()) {
			model.addAttribute("password", new PasswordForm());
			return page(person, model);
		}
		people.updateProfile(me.personId(), form.getDisplayName(), form.getEmail(), form.getLanguage(),
				form.getTimeZone());
		if (readLanguages != null) {
			people.declareReadLanguages(me.personId(), readLanguages);
		}
		if (country != null) {
			people.declareCountry(me.personId(), country);
		}
		redirect.addFlashAttribute("saved", "account.saved");
		return "redirect:/account";
	}

	@PostMapping("/affiliations")
	String declare(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Long affiliateId,
			RedirectAttributes redirect) {
		if (affiliateId == null || directory.affiliate(affiliateId).isEmpty()) {
			redirect.addFlashAttribute("failed", "account.affiliation.unknown");
		}
		else {
			people.declareAffiliation(me.personId(), affiliateId);
			redirect.addFlashAttribute("saved", "account.affiliation.added");
		}
		return "redirect:/account#affiliations";
	}

	@PostMapping("/affiliations/{affiliateId}/delete")
	String withdraw(@AuthenticationPrincipal PersonPrincipal me, @PathVariable long affiliateId,
			RedirectAttributes redirect) {
		people.withdrawAffiliation(me.personId(), affiliateId);
		redirect.addFlashAttribute("saved", "account.affiliation.removed");
		return "redirect:/account#affiliations";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal PersonPrincipal me,
			@Valid @ModelAttribute("password") PasswordForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "validation.password-mismatch");
		}
		if (!errors.hasErrors()
				&& !people.changePassword(me.personId(), form.getCurrentPassword(), form.getNewPassword())) {
			errors.rejectValue("currentPassword", "validation.password-wrong");
		}
		if (errors.hasErrors()) {
			Person person = people.byId(me.personId()).orElseThrow();
			model.addAttribute("profile", ProfileForm.of(person, people.declaredReadLanguages(person.getId())));
			form.setCurrentPassword(null);
			return page(person, model);
		}
		redirect.addFlashAttribute("saved", "account.password.changed");
		return "redirect:/account";
	}

	private String page(Person person, Model model) {
		Map<Long, Affiliate> affiliates = directory.affiliates().stream()
			.collect(Collectors.toMap(Affiliate::getId, Function.identity()));
		model.addAttribute("person", person);
		model.addAttribute("affiliates", affiliates);
		model.addAttribute("affiliateList", directory.affiliates());
		model.addAttribute("languages", languages.shipped());
		model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		model.addAttribute("countryList", countries.all(LocaleContextHolder.getLocale()));
		model.addAttribute("apiTokens", tokens.of(person.getId()));
		return "identity/account";
	}

}
