package org.hubdesk.committee.internal.web;

import java.util.List;
import java.util.Objects;

import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.HubViewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public decision log: the committee's decisions on requests whose requester agreed to their
 * publication, with the title, the affiliate, the outcome, the public summary and the date — nothing
 * else about the people involved.
 */
@Controller
class PublicDecisionsController {

	private final Decisions decisions;
	private final Directory directory;

	PublicDecisionsController(Decisions decisions, Directory directory) {
		this.decisions = decisions;
		this.directory = directory;
	}

	@GetMapping("/hubs/{slug}/decisions")
	String decisions(HubViewer viewer, Model model) {
		List<Decisions.Published> published = decisions.published(viewer.hub());
		model.addAttribute("hub", viewer.hub());
		model.addAttribute("published", published);
		model.addAttribute("affiliates", directory.affiliateNames(published.stream()
			.map(p -> p.request().getAffiliateId()).filter(Objects::nonNull).toList()));
		return "committee/decisions";
	}
}
