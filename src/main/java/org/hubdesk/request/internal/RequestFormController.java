package org.hubdesk.request.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.Attachments;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.shared.Refusal;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.request.RightsStatus;
import org.hubdesk.request.StaleRequestException;
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
	private static final Map<String, String> FIELDS = Map.of("title", "title", "partnerQid", "partnerQid",
			"usefulnessPlan", "usefulnessPlan", "needIds", "needIds", "language", "language", "coRequesters",
			"coRequesters");

	private final RequestWeb web;
	private final Requests requests;
	private final RequestIntake intake;
	private final RequestAccess access;
	private final Hubs hubs;
	private final People people;
	private final Directory directory;
	private final Attachments attachments;

	RequestFormController(RequestWeb web, Requests requests, RequestIntake intake, RequestAccess access, Hubs hubs,
			People people, Directory directory, Attachments attachments) {
		this.attachments = attachments;
		this.web = web;
		this.requests = requests;
		this.intake = intake;
		this.access = access;
		this.hubs = hubs;
		this.people = people;
		this.directory = directory;
	}

	@GetMapping("/new")
	String newRequest(@PathVariable String slug, Model model, Locale locale) {
		Hub hub = web.hub(slug);
		RequestForm form = new RequestForm();
		if (hub.getLanguages().contains(locale.getLanguage())) {
			form.setLanguage(locale.getLanguage());
		}
		model.addAttribute("form", form);
		return form(hub, null, model, locale);
	}

	@PostMapping("/new")
	String create(@PathVariable String slug, @Valid @ModelAttribute("form") RequestForm form, BindingResult errors,
			@RequestParam(defaultValue = "draft") String action,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
			RedirectAttributes redirect) {
		Hub hub = web.hub(slug);
		long me = web.me();
		long requesterId = me;
		if (access.isStaff(hub, me) && form.getOnBehalfOf() != null && !form.getOnBehalfOf().isBlank()) {
			Person requester = people.byUsername(form.getOnBehalfOf().strip()).orElse(null);
			if (requester == null) {
				errors.rejectValue("onBehalfOf", "request.error.unknown-user");
			}
			else {
				requesterId = requester.getId();
			}
		}
		checkChoices(hub, form, errors);
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
		return form(hub, null, model, locale);
	}

	@GetMapping("/drafts/{id}")
	String draft(@PathVariable String slug, @PathVariable long id, Model model, Locale locale) {
		Hub hub = web.hub(slug);
		HelpRequest draft = requests.byId(id).filter(r -> r.getHubId().equals(hub.getId()))
			.orElseThrow(RequestWeb::notFound);
		long me = web.me();
		if (draft.getState() != RequestState.DRAFT && access.canRead(hub, draft, me)) {
			return "redirect:/hubs/" + hub.getSlug() + "/requests/" + draft.getNumber();
		}
		mayEdit(draft, me);
		model.addAttribute("form", RequestForm.of(draft, web.usernames(draft.getCoRequesterIds())));
		return form(hub, draft, model, locale);
	}

	@PostMapping("/drafts/{id}")
	String saveDraft(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") RequestForm form, BindingResult errors,
			@RequestParam(defaultValue = "draft") String action,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
			RedirectAttributes redirect) {
		Hub hub = web.hub(slug);
		HelpRequest draft = requests.byId(id).filter(r -> r.getHubId().equals(hub.getId()))
			.orElseThrow(RequestWeb::notFound);
		long me = web.me();
		mayEdit(draft, me);
		checkChoices(hub, form, errors);
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
		return form(hub, draft, model, locale);
	}

	/** Only a draft's requesters (and whoever started it for them) see and change it; to others it is not there. */
	private static void mayEdit(HelpRequest draft, long me) {
		if (draft.getState() != RequestState.DRAFT || !(draft.isRequestedBy(me) || draft.getCreatedById() == me)) {
			throw RequestWeb.notFound();
		}
	}

	private String saved(Hub hub, HelpRequest saved, RedirectAttributes redirect) {
		if (saved.getState() == RequestState.DRAFT) {
			redirect.addFlashAttribute("saved", "request.draft.saved");
			return "redirect:/hubs/" + hub.getSlug() + "/requests/drafts/" + saved.getId();
		}
		redirect.addFlashAttribute("saved", "request.submitted");
		return "redirect:/hubs/" + hub.getSlug() + "/requests/" + saved.getNumber();
	}

	private void checkChoices(Hub hub, RequestForm form, BindingResult errors) {
		if (form.getAffiliateId() != null && directory.affiliate(form.getAffiliateId()).isEmpty()) {
			errors.rejectValue("affiliateId", "request.error.choose");
		}
		if (form.getThematicGroupId() != null
				&& directory.thematicGroups().stream().noneMatch(g -> g.getId().equals(form.getThematicGroupId()))) {
			errors.rejectValue("thematicGroupId", "request.error.choose");
		}
		if (form.getLanguage() != null && !form.getLanguage().isBlank()
				&& !hub.getLanguages().contains(form.getLanguage())) {
			errors.rejectValue("language", "validation.language");
		}
		if (!errors.hasFieldErrors("needIds")) {
			var known = web.needLabels(hub, Locale.ROOT).keySet();
			if (!known.containsAll(form.getNeedIds())) {
				errors.rejectValue("needIds", "request.error.choose");
			}
		}
	}

	private String form(Hub hub, HelpRequest draft, Model model, Locale locale) {
		long me = web.me();
		model.addAttribute("hub", hub);
		model.addAttribute("draft", draft);
		model.addAttribute("staff", access.isStaff(hub, me));
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
