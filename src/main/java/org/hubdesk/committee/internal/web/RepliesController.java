package org.hubdesk.committee.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hubdesk.committee.internal.Outcome;
import org.hubdesk.committee.internal.Replies;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chair words the replies that go with decisions, per outcome and hub language; {@code {title}}
 * and {@code {reasons}} are filled in when a decision is recorded.
 */
@Controller
class RepliesController {

	private final Replies replies;

	RepliesController(Replies replies) {
		this.replies = replies;
	}

	@GetMapping("/hubs/{slug}/committee/replies")
	String replies(HubViewer viewer, Model model) {
		Seats.requireChair(viewer);
		return page(viewer.hub(), model, null, null, null);
	}

	@PostMapping("/hubs/{slug}/committee/replies/{outcome}/{language}")
	String reword(HubViewer viewer, @PathVariable String outcome, @PathVariable String language,
			@RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
		Seats.requireChair(viewer);
		Hub hub = viewer.hub();
		Outcome which = java.util.Arrays.stream(Outcome.values()).filter(o -> o.name().equals(outcome)).findFirst()
			.orElseThrow(Refusal::notFound);
		if (!hub.getLanguages().contains(language)) {
			throw Refusal.notFound();
		}
		try {
			replies.reword(hub, which, language, body);
			redirect.addFlashAttribute("saved", "committee.replies.saved");
			return "redirect:/hubs/" + hub.getSlug() + "/committee/replies";
		}
		catch (Refusal refused) {
			return page(hub, model, which.name() + "/" + language, body, refused.getMessageKey());
		}
	}

	private String page(Hub hub, Model model, String failedKey, String typed, String error) {
		Map<String, String> wordings = new LinkedHashMap<>();
		for (Outcome outcome : Outcome.values()) {
			for (String language : hub.getLanguages()) {
				String key = outcome.name() + "/" + language;
				wordings.put(key, key.equals(failedKey) ? typed : replies.wording(hub, outcome, language));
			}
		}
		model.addAttribute("hub", hub);
		model.addAttribute("wordings", wordings);
		model.addAttribute("failedKey", failedKey);
		model.addAttribute("error", error);
		return "committee/replies";
	}
}
