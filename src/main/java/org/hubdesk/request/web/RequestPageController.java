package org.hubdesk.request.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.Requests;
import org.hubdesk.request.StaleRequestException;
import org.hubdesk.request.canned.CannedReplies;
import org.hubdesk.request.internal.RequestIntake;
import org.hubdesk.request.web.RequestPageForms.AssignForm;
import org.hubdesk.request.web.RequestPageForms.ReplyForm;
import org.hubdesk.request.web.RequestPageForms.TransitionForm;
import org.hubdesk.request.web.RequestPageForms.Versioned;
import org.hubdesk.request.web.RequestPageForms.WithdrawForm;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request's page: its details and timeline to those who may read it (to anyone else it is not
 * there), replies (with files) and withdrawal for its requesters, and for staff internal notes (their
 * files for staff only), transitions and assignment. A change made meanwhile by someone else shows the page again, fresh, with what was typed.
 */
@Controller
@RequestMapping("/hubs/{slug}/requests/{n:\\d+}")
class RequestPageController {

	private final Requests requests;
	private final RequestAccess access;
	private final RequestView view;
	private final CannedReplies canned;
	private final RequestIntake intake;

	RequestPageController(Requests requests, RequestAccess access, RequestView view, CannedReplies canned,
			RequestIntake intake) {
		this.canned = canned;
		this.intake = intake;
		this.requests = requests;
		this.access = access;
		this.view = view;
	}

	@GetMapping
	String show(HubViewer viewer, @PathVariable int n,
			@RequestParam(name = "canned", required = false) Long cannedId, Model model, Locale locale) {
		Hub hub = viewer.hub();
		HelpRequest request = access.shown(viewer, n);
		if (cannedId != null && viewer.isStaff()) {
			canned.byId(hub, cannedId).ifPresent(reply -> {
				ReplyForm form = new ReplyForm();
				form.setBody(reply.getBody());
				form.setVersion(request.getVersion());
				model.addAttribute("reply", form);
			});
		}
		return page(model, viewer, request, locale);
	}

	@PostMapping("/messages")
	String reply(HubViewer viewer, @PathVariable int n, @Valid @ModelAttribute("reply") ReplyForm form,
			BindingResult errors, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			Model model, Locale locale, RedirectAttributes redirect) {
		Hub hub = viewer.hub();
		long me = viewer.id();
		HelpRequest request = access.readable(viewer, n);
		boolean staff = viewer.isStaff();
		if (form.getBody() == null || form.getBody().isBlank()) {
			errors.rejectValue("body", "validation.required");
		}
		if (!errors.hasErrors()) {
			try {
				if (staff && request.getVersion() != form.expected()) {
					throw new StaleRequestException();
				}
				intake.reply(request, me, staff, form.getBody(), staff && form.internal(), files);
				return done(hub, n, staff && form.internal() ? "request.note.posted" : "request.reply.posted", redirect);
			}
			catch (StaleRequestException ex) {
				return conflict(model, viewer, n, locale, form);
			}
			catch (Refusal ex) {
				RequestWeb.reject(errors, ex, Map.of("body", "body"));
			}
		}
		return page(model, viewer, request, locale);
	}

	@PostMapping("/withdraw")
	String withdraw(HubViewer viewer, @PathVariable int n,
			@Valid @ModelAttribute("withdrawal") WithdrawForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		Hub hub = viewer.hub();
		long me = viewer.id();
		HelpRequest request = access.readable(viewer, n);
		if (!errors.hasErrors()) {
			try {
				requests.withdraw(request, form.expected(), me, form.getReason());
				return done(hub, n, "request.withdrawn", redirect);
			}
			catch (StaleRequestException ex) {
				// withdrawn or moved on meanwhile (another tab, a co-requester): the reason stays on the page
				model.addAttribute("withdrawalRefused", true);
				return conflict(model, viewer, n, locale, form);
			}
			catch (Refusal ex) {
				RequestWeb.reject(errors, ex, Map.of());
			}
		}
		model.addAttribute("withdrawalRefused", true);
		return page(model, viewer, request, locale);
	}

	@PostMapping("/transition")
	String transition(HubViewer viewer, @PathVariable int n,
			@Valid @ModelAttribute("transition") TransitionForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		Hub hub = viewer.hub();
		long me = viewer.id();
		HelpRequest request = access.workable(viewer, n);
		Long mergedInto = null;
		if (form.getMergedInto() != null) {
			mergedInto = requests.byNumber(hub, form.getMergedInto()).map(HelpRequest::getId).orElse(null);
			if (mergedInto == null) {
				errors.rejectValue("mergedInto", "request.error.merge-target");
			}
		}
		if (!errors.hasErrors()) {
			try {
				requests.transition(request, form.expected(), form.getTo(), me, form.getReason(), form.getResolution(),
						mergedInto);
				return done(hub, n, "request.transition.done", redirect);
			}
			catch (StaleRequestException ex) {
				return conflict(model, viewer, n, locale, form);
			}
			catch (Refusal ex) {
				RequestWeb.reject(errors, ex, Map.of("to", "to", "reason", "reason", "resolution", "resolution",
						"duplicateOf", "mergedInto"));
			}
		}
		return page(model, viewer, request, locale);
	}

	@PostMapping("/assign")
	String assign(HubViewer viewer, @PathVariable int n,
			@Valid @ModelAttribute("assignment") AssignForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		Hub hub = viewer.hub();
		long me = viewer.id();
		HelpRequest request = access.workable(viewer, n);
		if (form.getAssignee() != null
				&& view.staffOf(hub).stream().noneMatch(p -> p.id().equals(form.getAssignee()))) {
			errors.rejectValue("assignee", "request.error.choose");
		}
		if (!errors.hasErrors()) {
			try {
				requests.assign(request, form.expected(), form.getAssignee(), me);
				return done(hub, n, "request.assigned", redirect);
			}
			catch (StaleRequestException ex) {
				return conflict(model, viewer, n, locale, form);
			}
			catch (Refusal ex) {
				RequestWeb.reject(errors, ex, Map.of());
			}
		}
		return page(model, viewer, request, locale);
	}

	private String page(Model model, HubViewer viewer, HelpRequest request, Locale locale) {
		view.fill(model, viewer, request, locale);
		return "request/request";
	}

	/** The page again, fresh, with a word about the conflict and the person's text kept for a second try. */
	private String conflict(Model model, HubViewer viewer, int n, Locale locale, Versioned form) {
		HelpRequest fresh = access.readable(viewer, n);
		form.setVersion(fresh.getVersion());
		model.addAttribute("conflict", true);
		return page(model, viewer, fresh, locale);
	}

	private static String done(Hub hub, int n, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", message);
		return "redirect:/hubs/" + hub.getSlug() + "/requests/" + n + "#timeline";
	}
}
