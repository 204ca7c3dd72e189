package org.hubdesk.hub.internal;

import java.util.List;
import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.PersonPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The list of hubs (or the only hub) and each hub's public page. */
@Controller
class HubController {

	private final Hubs hubs;

	HubController(Hubs hubs) {
		this.hubs = hubs;
	}

	@GetMapping("/")
	String index(@RequestParam(required = false) String signedout, Model model) {
		List<Hub> all = hubs.all();
		if (all.size() == 1) {
			return "redirect:/hubs/" + all.get(0).getSlug() + (signedout != null ? "?signedout" : "");
		}
		model.addAttribute("hubs", all);
		return "hub/index";
	}

	@GetMapping("/hubs/{slug}")
	String hub(@PathVariable String slug, Model model) {
		Hub hub = hubs.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Long me = PersonPrincipal.current().map(PersonPrincipal::personId).orElse(null);
		Set<HubRole> roles = hubs.rolesOf(hub, me);
		model.addAttribute("hub", hub);
		model.addAttribute("codebook", hubs.codebook(hub));
		model.addAttribute("myRoles", roles);
		return "hub/hub";
	}
}
