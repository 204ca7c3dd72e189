package org.hubdesk.impact.internal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hubdesk.directory.Directory;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.impact.internal.ImpactCharts;
import org.hubdesk.impact.internal.ImpactReadings;
import org.hubdesk.impact.internal.RequestImpact;
import org.hubdesk.impact.internal.Refreshes;
import org.hubdesk.impact.internal.Shares;
import org.hubdesk.impact.internal.Targets;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request's usefulness on the platforms, for whoever reads the request (its requesters and the
 * hub's staff): its targets with their figures and charts, adding and removing targets, asking for
 * a refresh (the page follows its progress), and the partner report's share links.
 */
@Controller
class ImpactController {

	static final String PAGE = "/hubs/{slug}/requests/{number}/impact";

	private final RequestAccess access;
	private final Targets targets;
	private final Refreshes refreshes;
	private final ImpactReadings readings;
	private final ImpactCharts charts;
	private final Shares shares;
	private final Directory directory;

	ImpactController(RequestAccess access, Targets targets, Refreshes refreshes, ImpactReadings readings,
			ImpactCharts charts, Shares shares, Directory directory) {
		this.directory = directory;
		this.access = access;
		this.targets = targets;
		this.refreshes = refreshes;
		this.readings = readings;
		this.charts = charts;
		this.shares = shares;
	}

	@GetMapping(PAGE)
	String show(HubViewer viewer, @PathVariable int number, Model model, Locale locale) {
		HelpRequest request = access.readable(viewer, number);
		if (!model.containsAttribute("targetForm")) {
			model.addAttribute("targetForm", new TargetForm());
		}
		return page(viewer, request, model, locale);
	}

	@GetMapping(PAGE + "/progress")
	String progress(HubViewer viewer, @PathVariable int number, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
		HelpRequest request = access.readable(viewer, number);
		RequestImpact impact = readings.latest(request);
		if (!impact.refreshing() && htmx != null) {
			// the new figures are in: the page that followed the refresh shows them
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("hub", viewer.hub());
		model.addAttribute("request", request);
		model.addAttribute("impact", impact);
		return "impact/page :: progress";
	}

	@PostMapping(PAGE + "/targets")
	String add(HubViewer viewer, @PathVariable int number, @ModelAttribute("targetForm") TargetForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		HelpRequest request = access.readable(viewer, number);
		Integer depth = depth(form.getDepth(), errors);
		if (!errors.hasErrors()) {
			try {
				targets.add(request, viewer.id(), form.getKind(), form.getTitle(), depth, form.getItems(),
						form.isWithPageViews());
				redirect.addFlashAttribute("saved", "impact.target.added");
				return "redirect:" + path(viewer, number);
			}
			catch (Refusal refused) {
				if (refused.getField() != null) {
					errors.rejectValue(refused.getField(), refused.getMessageKey(), refused.getArguments(), null);
				}
				else {
					errors.reject(refused.getMessageKey(), refused.getArguments(), null);
				}
			}
		}
		return page(viewer, request, model, locale);
	}

	@PostMapping(PAGE + "/targets/{id}/delete")
	String remove(HubViewer viewer, @PathVariable int number, @PathVariable long id, RedirectAttributes redirect) {
		HelpRequest request = access.readable(viewer, number);
		targets.remove(request, viewer.id(), id);
		redirect.addFlashAttribute("saved", "impact.target.removed");
		return "redirect:" + path(viewer, number);
	}

	@PostMapping(PAGE + "/refresh")
	String refresh(HubViewer viewer, @PathVariable int number, RedirectAttributes redirect) {
		HelpRequest request = access.readable(viewer, number);
		refreshes.askAll(targets.of(request));
		redirect.addFlashAttribute("saved", "impact.refresh.asked");
		return "redirect:" + path(viewer, number);
	}

	private String page(HubViewer viewer, HelpRequest request, Model model, Locale locale) {
		RequestImpact impact = readings.of(request);
		model.addAttribute("hub", viewer.hub());
		model.addAttribute("request", request);
		model.addAttribute("impact", impact);
		model.addAttribute("measurable", targets.measurable(request));
		model.addAttribute("requestChart", charts.request(impact.months(), locale));
		model.addAttribute("targetCharts", impact.targets().stream()
			.filter(t -> !t.history().isEmpty() && (impact.targets().size() > 1
					|| t.target().getKind() == org.hubdesk.impact.internal.TargetKind.WIKIDATA_ITEMS))
			.map(t -> charts.target(t, locale)).toList());
		model.addAttribute("shares", shares.of(request));
		model.addAttribute("kinds", org.hubdesk.impact.internal.TargetKind.values());
		model.addAttribute("campaign", request.getThematicGroupId() == null ? null
				: directory.thematicGroups().stream().filter(g -> g.getId().equals(request.getThematicGroupId()))
					.map(org.hubdesk.directory.ThematicGroup::getName).findFirst().orElse(null));
		return "impact/page";
	}

	private static Integer depth(String typed, BindingResult errors) {
		try {
			return Integer.valueOf(typed == null || typed.isBlank() ? "0" : typed.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("depth", "impact.error.depth", new Object[] { 3 }, null);
			return null;
		}
	}

	static String path(HubViewer viewer, int number) {
		return "/hubs/" + viewer.hub().getSlug() + "/requests/" + number + "/impact";
	}
}
