package org.hubdesk.impact.internal.web;

import java.util.Locale;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.impact.internal.HubImpact;
import org.hubdesk.impact.internal.ImpactCharts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The hub's rollup of usefulness on the platforms over its completed requests, by campaign, for its staff. */
@Controller
class RollupController {

	private final HubImpact rollups;
	private final ImpactCharts charts;

	RollupController(HubImpact rollups, ImpactCharts charts) {
		this.rollups = rollups;
		this.charts = charts;
	}

	@GetMapping("/hubs/{slug}/impact")
	String show(HubViewer viewer, @RequestParam(name = "campaign", required = false) Long campaign, Model model,
			Locale locale) {
		viewer.requireStaff();
		HubImpact.Rollup rollup = rollups.of(viewer.hub(), campaign);
		model.addAttribute("hub", viewer.hub());
		model.addAttribute("rollup", rollup);
		model.addAttribute("campaign", campaign);
		model.addAttribute("filesChart", charts.request(rollup.months(), locale));
		model.addAttribute("reachChart", charts.reach(rollup.months(), locale));
		return "impact/rollup";
	}
}
