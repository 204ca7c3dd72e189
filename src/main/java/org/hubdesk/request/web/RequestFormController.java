package org.hubdesk.request.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.Attachments;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.RequestChecks;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.request.RightsStatus;
import org.hubdesk.request.StaleRequestException;
import org.hubdesk.request.internal.RequestIntake;
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
 * The request form: a new request, saved as a draft or submitted at once, and a draft resumed by
 * its requesters. Staff may file a request on someone's behalf.
 */
@Controller
@RequestMapping("/hubs/{slug}/requests")
class RequestFormController {

	/** The domain's field names that are the form's own. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "title"),
			Map.entry("affiliateId", "affiliateId"), Map.entry("affiliateOther", "affiliateOther"),
			Map.entry("partnerName", "partnerName"), Map.entry("partnerQid", "partnerQid"),
			Map.entry("contentTypes", "contentTypes"), Map.entry("estimatedVolume", "estimatedVolume"),
			Map.entry("usefulnessPlan", "usefulnessPlan"), Map.entry("thematicGroupId", "thematicGroupId"),
			Map.entry("needIds", "needIds"), Map.entry("language", "language"),
			Map.entry("desiredTimeline", "desiredTimeline"), Map.entry("description", "description"),
			Map.entry("coRequesters", "coRequesters"), Map.entry("attachments", "files"));

	private final RequestWeb web;
	private final Requests requests;
	private final RequestIntake intake;
	private final RequestAccess access;
	private final Hubs hubs;
	private final People people;
	private final Directory directory;
	private final Attachments attachments;
	private final RequestChecks checks;

	RequestFormController(RequestWeb web, Requests requests, RequestIntake intake, RequestAccess access, Hubs hubs,
			People people, Directory directory, Attachments attachments, RequestChecks checks) {
		this.attachments = attachments;
		this.checks = checks;
		this.web = web;
		this.requests = requests;
		this.intake = intake;
		this.access = access;
		this.hubs = hubs;
		this.people = people;
		this.directory = directory;
	}

	@GetMapping("/new")
	String newRequest(HubViewer viewer, Model model, Locale locale) {
		Hub hub = viewer.hub();
		RequestForm form = new RequestForm();
		if (hub.getLanguages().contains(locale.getLanguage())) {
			form.setLanguage(locale.getLanguage());
		}
		people.byId(viewer.id()).flatMap(Person::likelyAffiliate).ifPresent(form::setAffiliateId);
		model.addAttribute("form", form);
		return form(viewer, null, model, locale);
	}

	@PostMapping("/new")
	String create(HubViewer viewer, @Valid @ModelAttribute("form") RequestForm form, BindingResult errors,
			@RequestParam(defaultValue = "draft") String action,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
			RedirectAttributes redirect) {
		Hub hub = viewer.hub();
		long me = viewer.id();
		long requesterId = me;
		if (viewer.isStaff() && form.getOnBehalfOf() != null && !form.getOnBehalfOf().isBlank()) {
			Person requester = people.byUsername(form.getOnBehalfOf().strip()).orElse(null);
			if (requester == null) {
				errors.rejectValue("onBehalfOf", "request.error.unknown-user");
			}
			else {
				requesterId = requester.getId();
			}
		}
		checkChoices(hub, form, null, errors);
		if (!errors.hasErrors() && hub.isOpenForRequests()) {
			try {
				HelpRequest saved = intake.create(hub, requesterId, me, form.details(), form.coRequesterNames(), files,
						"submit".equals(action));
				return saved(hub, saved, redirect);
			}
			catch (Refusal ex) {
				RequestWeb.reject(errors, ex, FIELDS);
			}
		}
		return form(viewer, null, model, locale);
	}

	@GetMapping("/drafts/{id}")
	String draft(HubViewer viewer, @PathVariable long id, Model model, Locale locale) {
		HelpRequest request = inHub(viewer, id);
		if (access.scope(viewer).reads(request)) {
			return "redirect:/hubs/" + viewer.hub().getSlug() + "/requests/" + request.getNumber();
		}
		HelpRequest draft = editable(viewer, request);
		model.addAttribute("form", RequestForm.of(draft, web.usernames(draft.getCoRequesterIds())));
		return form(viewer, draft, model, locale);
	}

	@PostMapping("/drafts/{id}")
	String saveDraft(HubViewer viewer, @PathVariable long id, @Valid @ModelAttribute("form") RequestForm form,
			BindingResult errors,
			@RequestParam(defaultValue = "draft") String action,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
			RedirectAttributes redirect) {
		Hub hub = viewer.hub();
		long me = viewer.id();
		HelpRequest draft = editable(viewer, inHub(viewer, id));
		checkChoices(hub, form, draft, errors);
		if (!errors.hasErrors()) {
			try {
				HelpRequest saved = intake.save(hub, draft, form.getVersion() == null ? -1 : form.getVersion(), me,
						form.details(), form.coRequesterNames(), files, "submit".equals(action));
				return saved(hub, saved, redirect);
			}
			catch (StaleRequestException ex) {
				model.addAttribute("conflict", true);
				draft = requests.byId(id).orElseThrow();
				form.setVersion(draft.getVersion());
			}
			catch (Refusal ex) {
				RequestWeb.reject(errors, ex, FIELDS);
			}
		}
		return form(viewer, draft, model, locale);
	}

	/** The hub's request with this id, whatever its state; else it is not there (404). */
	private HelpRequest inHub(HubViewer viewer, long id) {
		return requests.byId(id).filter(r -> r.getHubId().equals(viewer.hub().getId())).orElseThrow(Refusal::notFound);
	}

	/**
	 * The draft, for those who read it (its requesters) and whoever started it for them, who see and
	 * change it; to others it is not there (404).
	 */
	private HelpRequest editable(HubViewer viewer, HelpRequest request) {
		boolean started = request.getState() == RequestState.DRAFT
				&& Long.valueOf(viewer.id()).equals(request.getCreatedById());
		if (!access.scope(viewer).readsDraft(request) && !started) {
			throw Refusal.notFound();
		}
		return request;
	}

	private String saved(Hub hub, HelpRequest saved, RedirectAttributes redirect) {
		if (saved.getState() == RequestState.DRAFT) {
			redirect.addFlashAttribute("saved", "request.draft.saved");
			return "redirect:/hubs/" + hub.getSlug() + "/requests/drafts/" + saved.getId();
		}
		redirect.addFlashAttribute("saved", "request.submitted");
		return "redirect:/hubs/" + hub.getSlug() + "/requests/" + saved.getNumber();
	}

	/**
	 * The checks the API makes too ({@link RequestChecks}), all shown at once beside their fields;
	 * a field the form's own constraints already refused keeps that message.
	 */
	private void checkChoices(Hub hub, RequestForm form, HelpRequest draft, BindingResult errors) {
		for (Refusal fault : checks.faults(hub, form.details(), draft == null ? null : draft.getDetails())) {
			String field = FIELDS.get(fault.getField());
			if (field != null && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, fault.getMessageKey(), fault.getArguments(), null);
			}
		}
	}

	private String form(HubViewer viewer, HelpRequest draft, Model model, Locale locale) {
		Hub hub = viewer.hub();
		model.addAttribute("hub", hub);
		model.addAttribute("draft", draft);
		model.addAttribute("staff", viewer.isStaff());
		model.addAttribute("codebook", hubs.codebook(hub));
		model.addAttribute("affiliates", directory.affiliates());
		model.addAttribute("groups", directory.thematicGroups());
		model.addAttribute("rights", RightsStatus.values());
		model.addAttribute("platformList", Platform.values());
		model.addAttribute("maxMegabytes", attachments.maxMegabytes());
		model.addAttribute("draftAttachments", draft == null ? List.of() : attachments.of(draft));
		model.addAttribute("action", draft == null ? "/hubs/" + hub.getSlug() + "/requests/new"
				: "/hubs/" + hub.getSlug() + "/requests/drafts/" + draft.getId());
		return "request/form";
	}
}
