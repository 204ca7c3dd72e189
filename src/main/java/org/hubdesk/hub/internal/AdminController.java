package org.hubdesk.hub.internal;

import jakarta.validation.Valid;

import org.hubdesk.hub.Hub;
import org.hubdesk.shared.Refusal;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.internal.AdminForms.CreateHubForm;
import org.hubdesk.hub.internal.AdminForms.GrantForm;
import org.hubdesk.identity.PersonPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instance administrator's pages (the security rules limit {@code /admin/**} to them): create
 * a hub from a template, grant and remove roles by username.
 */
@Controller
@RequestMapping("/admin")
class AdminController {

	private final Hubs hubs;

	AdminController(Hubs hubs) {
		this.hubs = hubs;
	}

	@GetMapping
	String admin(Model model) {
		model.addAttribute("form", new CreateHubForm());
		return adminPage(model);
	}

	@PostMapping("/hubs")
	String createHub(@Valid @ModelAttribute("form") CreateHubForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Hub hub = hubs.createFromTemplate(form.getTemplate(), form.getSlug(), form.getName(),
						form.getNumberPrefix(), form.languageList(), form.getDefaultLanguage());
				redirect.addFlashAttribute("saved", "admin.hub.created");
				return "redirect:/admin/hubs/" + hub.getSlug();
			}
			catch (Refusal ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		return adminPage(model);
	}

	@GetMapping("/hubs/{slug}")
	String hub(Hub hub, Model model) {
		model.addAttribute("grant", new GrantForm());
		return hubPage(hub, model);
	}

	@PostMapping("/hubs/{slug}/roles")
	String grant(Hub hub, @AuthenticationPrincipal PersonPrincipal me,
			@Valid @ModelAttribute("grant") GrantForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				hubs.grant(hub, form.getUsername(), form.getRole(), me.personId());
				redirect.addFlashAttribute("saved", "admin.role.granted");
				return "redirect:/admin/hubs/" + hub.getSlug();
			}
			catch (Refusal ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return hubPage(hub, model);
	}

	@PostMapping("/hubs/{slug}/roles/delete")
	String revoke(Hub hub, @RequestParam long personId, @RequestParam HubRole role, RedirectAttributes redirect) {
		hubs.revoke(hub, personId, role);
		redirect.addFlashAttribute("saved", "admin.role.removed");
		return "redirect:/admin/hubs/" + hub.getSlug();
	}

	private String adminPage(Model model) {
		model.addAttribute("hubs", hubs.all());
		model.addAttribute("templates", hubs.templates());
		return "hub/admin";
	}

	private String hubPage(Hub hub, Model model) {
		model.addAttribute("hub", hub);
		model.addAttribute("members", hubs.members(hub));
		model.addAttribute("roles", HubRole.values());
		return "hub/admin-hub";
	}
}
