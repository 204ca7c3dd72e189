package org.hubdesk.request.desk;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestState;
import org.hubdesk.shared.Refusal;
import org.hubdesk.shared.SameSiteRedirect;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The desk: the hub's requests for its staff, by built-in view or by filters kept in the URL, with
 * first-response age shown and sortable, paging, and saved views.
 */
@Controller
@RequestMapping("/hubs/{slug}/desk")
class DeskController {

	/** How many affiliates the affiliate field suggests at most. */
	static final int SUGGESTED = 20;

	/** The longest query a redirect carries back to the desk. */
	static final int MAX_ADDRESS = 2000;

	private final Hubs hubs;
	private final Desk desk;
	private final DeskRows rows;
	private final SavedViews views;
	private final Directory directory;
	private final MessageSource messages;
	private final Clock clock;

	DeskController(Hubs hubs, Desk desk, DeskRows rows, SavedViews views, Directory directory, MessageSource messages,
			Clock clock) {
		this.hubs = hubs;
		this.desk = desk;
		this.rows = rows;
		this.views = views;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String desk(HubViewer viewer, @ModelAttribute("query") DeskQuery asked, BindingResult unreadable,
			@RequestParam(required = false) String affiliateName, Model model, Locale locale) {
		Hub hub = viewer.requireStaff().hub();
		DeskQuery query = asked != null ? asked : DeskQuery.of(null);
		model.addAttribute("query", query);
		if (unreadable.hasErrors()) {
			// a filter the address holds but no form offers (an edited or old link): left out, and said so
			model.addAttribute("filtersIgnored", true);
		}
		if (affiliateName != null && !affiliateName.isBlank()) {
			// a name typed by hand (without the suggestions) means the one affiliate it names
			Optional<Affiliate> meant = directory.affiliateMeant(affiliateName);
			query = asked.withAffiliate(meant.map(Affiliate::getId).orElse(null));
			if (meant.isEmpty()) {
				model.addAttribute("affiliateUnknown", affiliateName.strip());
			}
			model.addAttribute("query", query);
		}
		Page<DeskLine> page = desk.find(viewer, query);
		model.addAttribute("hub", hub);
		model.addAttribute("rows", rows.rows(hub, page.getContent(), clock.instant(), locale));
		model.addAttribute("affiliateName", query.affiliate() == null ? (affiliateName == null ? "" : affiliateName.strip())
				: directory.affiliate(query.affiliate()).map(Affiliate::getName).orElse(""));
		model.addAttribute("meId", viewer.id());
		model.addAttribute("results", page);
		model.addAttribute("countLimited", desk.countLimited(page));
		model.addAttribute("countLimit", desk.countLimit());
		model.addAttribute("states", RequestState.values());
		model.addAttribute("platforms", Platform.values());
		model.addAttribute("needs", NeedNode.flatten(hubs.codebook(hub)));
		model.addAttribute("regions", directory.regions());
		model.addAttribute("staff", hubs.assignable(hub));
		model.addAttribute("savedViews", views.visibleTo(hub, viewer.id()));
		model.addAttribute("sorts", DeskQuery.SORTS);
		model.addAttribute("base", "/hubs/" + hub.getSlug() + "/desk");
		return "request/desk";
	}

	/** The affiliates whose name contains what has been typed, as options for the desk's affiliate field. */
	@GetMapping("/affiliates")
	String affiliates(HubViewer viewer, @RequestParam(required = false) String affiliateName, Model model) {
		viewer.requireStaff();
		model.addAttribute("affiliateOptions", affiliateName == null || affiliateName.isBlank() ? List.of()
				: directory.affiliatesMatching(affiliateName, SUGGESTED));
		return "request/desk :: affiliate-options";
	}

	@PostMapping("/views")
	RedirectView saveView(HubViewer viewer, @RequestParam(required = false) String viewName,
			@RequestParam(required = false) String query, @RequestParam(defaultValue = "false") boolean shared,
			Locale locale, RedirectAttributes redirect) {
		Hub hub = viewer.requireStaff().hub();
		String base = "/hubs/" + hub.getSlug() + "/desk";
		// back to the filters that were saved; a query no address can carry goes back to the plain desk
		String target = base + (query == null || query.isBlank() || query.length() > MAX_ADDRESS ? "" : "?" + query.strip());
		try {
			views.save(hub, viewer.id(), viewName, query, shared);
			redirect.addFlashAttribute("saved", "desk.view.saved");
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("viewError", messages.getMessage(ex.getMessageKey(), null, locale));
			redirect.addFlashAttribute("viewName", viewName);
		}
		// the query is the person's text: back to it literally, on this site only
		return SameSiteRedirect.to(target, base);
	}

	@PostMapping("/views/{id}/delete")
	String deleteView(HubViewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		Hub hub = viewer.requireStaff().hub();
		if (views.delete(hub, viewer.id(), id)) {
			redirect.addFlashAttribute("saved", "desk.view.deleted");
		}
		return "redirect:/hubs/" + hub.getSlug() + "/desk";
	}

}
