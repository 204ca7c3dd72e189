package org.hubdesk.request.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.identity.PersonPrincipal;
import org.hubdesk.request.Desk;
import org.hubdesk.request.DeskQuery;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.shared.Refusal;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.SavedViews;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk: the hub's requests for its staff, by built-in view or by filters kept in the URL, with
 * first-response age shown and sortable, paging, and saved views.
 */
@Controller
@RequestMapping("/hubs/{slug}/desk")
class DeskController {

	private final Hubs hubs;
	private final RequestWeb web;
	private final RequestAccess access;
	private final Desk desk;
	private final DeskRows rows;
	private final SavedViews views;
	private final Directory directory;
	private final MessageSource messages;
	private final Clock clock;

	DeskController(Hubs hubs, RequestWeb web, RequestAccess access, Desk desk, DeskRows rows, SavedViews views, Directory directory,
			MessageSource messages, Clock clock) {
		this.hubs = hubs;
		this.web = web;
		this.access = access;
		this.desk = desk;
		this.rows = rows;
		this.views = views;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String desk(@PathVariable String slug, @ModelAttribute("query") DeskQuery query,
			@AuthenticationPrincipal PersonPrincipal me, Model model, Locale locale) {
		Hub hub = staffHub(slug, me);
		Page<HelpRequest> page = desk.find(hub, me.personId(), query);
		model.addAttribute("hub", hub);
		List<Affiliate> affiliates = directory.affiliates();
		model.addAttribute("rows", rows.rows(hub, page.getContent(), affiliates, clock.instant(), locale));
		model.addAttribute("meId", me.personId());
		model.addAttribute("results", page);
		model.addAttribute("countLimited", desk.countLimited(page));
		model.addAttribute("countLimit", desk.countLimit());
		model.addAttribute("states", RequestState.values());
		model.addAttribute("platforms", Platform.values());
		model.addAttribute("needs", NeedNode.flatten(hubs.codebook(hub)));
		model.addAttribute("affiliates", affiliates);
		model.addAttribute("regions", directory.regions());
		model.addAttribute("staff", hubs.members(hub).stream()
			.filter(m -> m.roles().stream().anyMatch(r -> r.getRole() == HubRole.STAFF))
			.map(Hubs.Member::person)
			.toList());
		model.addAttribute("savedViews", views.visibleTo(hub, me.personId()));
		model.addAttribute("sorts", DeskQuery.SORTS);
		model.addAttribute("base", "/hubs/" + slug + "/desk");
		return "request/desk";
	}

	@PostMapping("/views")
	String saveView(@PathVariable String slug, @RequestParam(required = false) String viewName,
			@RequestParam(required = false) String query, @RequestParam(defaultValue = "false") boolean shared,
			@AuthenticationPrincipal PersonPrincipal me, Locale locale, RedirectAttributes redirect) {
		Hub hub = staffHub(slug, me);
		String target = "/hubs/" + slug + "/desk" + (query == null || query.isBlank() ? "" : "?" + query);
		try {
			views.save(hub, me.personId(), viewName, query, shared);
			redirect.addFlashAttribute("saved", "desk.view.saved");
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("viewError", messages.getMessage(ex.getMessageKey(), null, locale));
			redirect.addFlashAttribute("viewName", viewName);
		}
		return "redirect:" + target;
	}

	@PostMapping("/views/{id}/delete")
	String deleteView(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal PersonPrincipal me,
			RedirectAttributes redirect) {
		Hub hub = staffHub(slug, me);
		if (views.delete(hub, me.personId(), id)) {
			redirect.addFlashAttribute("saved", "desk.view.deleted");
		}
		return "redirect:/hubs/" + slug + "/desk";
	}

	private Hub staffHub(String slug, PersonPrincipal me) {
		return web.staffHub(slug, access);
	}

}
