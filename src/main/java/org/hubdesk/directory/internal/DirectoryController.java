package org.hubdesk.directory.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hubdesk.directory.AffiliateSize;
import org.hubdesk.directory.AffiliateType;
import org.hubdesk.directory.Countries;
import org.hubdesk.directory.Directory;
import org.hubdesk.directory.DuplicateNameException;
import org.hubdesk.directory.internal.DirectoryForms.AffiliateForm;
import org.hubdesk.directory.internal.DirectoryForms.InstitutionForm;
import org.hubdesk.directory.internal.DirectoryForms.ThematicGroupForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory pages: everyone reads them; the instance admin adds entries (the paths under
 * {@code /directory/…/new} and the posts are limited to instance admins by the security rules).
 */
@Controller
@RequestMapping("/directory")
class DirectoryController {

	private final Directory directory;
	private final Countries countries;

	DirectoryController(Directory directory, Countries countries) {
		this.directory = directory;
		this.countries = countries;
	}

	@GetMapping
	String directory(Model model, HttpServletRequest request) {
		model.addAttribute("regions", directory.regions());
		model.addAttribute("affiliates", directory.affiliates());
		model.addAttribute("groups", directory.thematicGroups());
		model.addAttribute("institutions", directory.partnerInstitutions());
		model.addAttribute("countries", countries);
		model.addAttribute("canEdit", request.isUserInRole("INSTANCE_ADMIN"));
		return "directory/directory";
	}

	@GetMapping("/affiliates/new")
	String newAffiliate(Model model, Locale locale) {
		model.addAttribute("form", new AffiliateForm());
		return affiliateForm(model, locale);
	}

	@PostMapping("/affiliates")
	String addAffiliate(@Valid @ModelAttribute("form") AffiliateForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (form.getCountryCode() != null && !form.getCountryCode().isBlank()
				&& !countries.isCountry(form.getCountryCode())) {
			errors.rejectValue("countryCode", "validation.country");
		}
		if (form.getRegionCode() != null && !form.getRegionCode().isBlank()
				&& directory.region(form.getRegionCode()).isEmpty()) {
			errors.rejectValue("regionCode", "validation.region");
		}
		else if ((form.getRegionCode() == null || form.getRegionCode().isBlank())
				&& !errors.hasFieldErrors("countryCode") && directory.regionOfCountry(form.getCountryCode()).isEmpty()) {
			errors.rejectValue("regionCode", "validation.region"); // a country without a region: choose one
		}
		if (!errors.hasErrors()) {
			try {
				directory.addAffiliate(form.getName(), form.getType(), form.getCountryCode(), form.getRegionCode(),
						form.getSize(), form.getWebsite());
				redirect.addFlashAttribute("saved", "directory.affiliate.added");
				return "redirect:/directory#affiliates";
			}
			catch (DuplicateNameException ex) {
				errors.rejectValue("name", "validation.name-taken");
			}
		}
		return affiliateForm(model, locale);
	}

	@GetMapping("/thematic-groups/new")
	String newGroup(Model model) {
		model.addAttribute("form", new ThematicGroupForm());
		return "directory/group-form";
	}

	@PostMapping("/thematic-groups")
	String addGroup(@Valid @ModelAttribute("form") ThematicGroupForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				directory.addThematicGroup(form.getName(), form.getDescription(), form.getWebsite());
				redirect.addFlashAttribute("saved", "directory.group.added");
				return "redirect:/directory#groups";
			}
			catch (DuplicateNameException ex) {
				errors.rejectValue("name", "validation.name-taken");
			}
		}
		return "directory/group-form";
	}

	@GetMapping("/institutions/new")
	String newInstitution(Model model, Locale locale) {
		model.addAttribute("form", new InstitutionForm());
		return institutionForm(model, locale);
	}

	@PostMapping("/institutions")
	String addInstitution(@Valid @ModelAttribute("form") InstitutionForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (form.getCountryCode() != null && !form.getCountryCode().isBlank()
				&& !countries.isCountry(form.getCountryCode())) {
			errors.rejectValue("countryCode", "validation.country");
		}
		if (!errors.hasErrors()) {
			try {
				directory.addPartnerInstitution(form.getName(), form.getWikidataQid(), form.getCountryCode(),
						form.getWebsite());
				redirect.addFlashAttribute("saved", "directory.institution.added");
				return "redirect:/directory#institutions";
			}
			catch (DuplicateNameException ex) {
				errors.rejectValue("name", "validation.name-taken");
			}
		}
		return institutionForm(model, locale);
	}

	private String affiliateForm(Model model, Locale locale) {
		model.addAttribute("types", AffiliateType.values());
		model.addAttribute("sizes", AffiliateSize.values());
		model.addAttribute("regions", directory.regions());
		model.addAttribute("countryList", countries.all(locale));
		return "directory/affiliate-form";
	}

	private String institutionForm(Model model, Locale locale) {
		model.addAttribute("countryList", countries.all(locale));
		return "directory/institution-form";
	}
}
