package org.hubdesk.hub.internal;

import java.util.List;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
	String hub(HubViewer viewer, Model model) {
		Hub hub = viewer.hub();
		model.addAttribute("hub", hub);
		model.addAttribute("codebook", hubs.codebook(hub));
		model.addAttribute("myRoles", viewer.roles());
		return "hub/hub";
	}
}
