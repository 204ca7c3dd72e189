package org.hubdesk.request.internal;

import java.util.Locale;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.PersonPrincipal;
import org.hubdesk.request.CannedReplies;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

	private final Hubs hubs;
	private final RequestWeb web;
	private final RequestAccess access;
	private final CannedReplies canned;
	private final MessageSource messages;

	CannedReplyController(Hubs hubs, RequestWeb web, RequestAccess access, CannedReplies canned, MessageSource messages) {
		this.hubs = hubs;
		this.web = web;
		this.access = access;
		this.canned = canned;
		this.messages = messages;
	}

	/** What the form holds, kept when it is refused. */
	record Form(Long id, String language, String title, String body) {
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) Long edit,
			@AuthenticationPrincipal PersonPrincipal me, Model model) {
		Hub hub = staffHub(slug, me);
		Form form = edit == null ? new Form(null, hub.getDefaultLanguage(), "", "")
				: canned.byId(hub, edit).map(r -> new Form(r.getId(), r.getLanguage(), r.getTitle(), r.getBody()))
					.orElseThrow(() -> Refusal.notFound());
		return page(hub, form, null, null, model);
	}

	@PostMapping
	String save(@PathVariable String slug, @RequestParam(required = false) Long id,
			@RequestParam(required = false) String language, @RequestParam(required = false) String title,
			@RequestParam(required = false) String body, @AuthenticationPrincipal PersonPrincipal me, Model model,
			Locale locale, RedirectAttributes redirect) {
		Hub hub = staffHub(slug, me);
		try {
			canned.save(hub, id, language, title, body);
		}
		catch (Refusal ex) {
			return page(hub, new Form(id, language, title, body), ex.getField(),
					messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale), model);
		}
		redirect.addFlashAttribute("saved", "canned.saved");
		return "redirect:/hubs/" + slug + "/desk/canned-replies";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal PersonPrincipal me,
			RedirectAttributes redirect) {
		canned.delete(staffHub(slug, me), id);
		redirect.addFlashAttribute("saved", "canned.deleted");
		return "redirect:/hubs/" + slug + "/desk/canned-replies";
	}

	private String page(Hub hub, Form form, String errorField, String error, Model model) {
		model.addAttribute("hub", hub);
		model.addAttribute("replies", canned.of(hub));
		model.addAttribute("form", form);
		model.addAttribute("errorField", errorField);
		model.addAttribute("error", error);
		return "request/canned-replies";
	}

	private Hub staffHub(String slug, PersonPrincipal me) {
		return web.staffHub(slug, access);
	}

}
