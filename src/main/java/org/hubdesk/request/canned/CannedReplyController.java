package org.hubdesk.request.canned;

import java.util.Locale;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hub's canned replies, kept by its staff: list, add, change, delete. */
@Controller
@RequestMapping("/hubs/{slug}/desk/canned-replies")
class CannedReplyController {

	private final CannedReplies canned;
	private final MessageSource messages;

	CannedReplyController(CannedReplies canned, MessageSource messages) {
		this.canned = canned;
		this.messages = messages;
	}

	/** What the form holds, kept when it is refused. */
	record Form(Long id, String language, String title, String body) {
	}

	@GetMapping
	String list(HubViewer viewer, @RequestParam(required = false) Long edit, Model model) {
		Hub hub = viewer.requireStaff().hub();
		Form form = edit == null ? new Form(null, hub.getDefaultLanguage(), "", "")
				: canned.byId(hub, edit).map(r -> new Form(r.getId(), r.getLanguage(), r.getTitle(), r.getBody()))
					.orElseThrow(() -> Refusal.notFound());
		return page(hub, form, null, null, model);
	}

	@PostMapping
	String save(HubViewer viewer, @RequestParam(required = false) Long id,
			@RequestParam(required = false) String language, @RequestParam(required = false) String title,
			@RequestParam(required = false) String body, Model model, Locale locale, RedirectAttributes redirect) {
		Hub hub = viewer.requireStaff().hub();
		try {
			canned.save(hub, id, language, title, body);
		}
		catch (Refusal ex) {
			return page(hub, new Form(id, language, title, body), ex.getField(),
					messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale), model);
		}
		redirect.addFlashAttribute("saved", "canned.saved");
		return "redirect:/hubs/" + hub.getSlug() + "/desk/canned-replies";
	}

	@PostMapping("/{id}/delete")
	String delete(HubViewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		Hub hub = viewer.requireStaff().hub();
		canned.delete(hub, id);
		redirect.addFlashAttribute("saved", "canned.deleted");
		return "redirect:/hubs/" + hub.getSlug() + "/desk/canned-replies";
	}

	private String page(Hub hub, Form form, String errorField, String error, Model model) {
		model.addAttribute("hub", hub);
		model.addAttribute("replies", canned.of(hub));
		model.addAttribute("form", form);
		model.addAttribute("errorField", errorField);
		model.addAttribute("error", error);
		return "request/canned-replies";
	}

}
