package org.hubdesk.committee.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hubdesk.committee.internal.Conflicts;
import org.hubdesk.committee.internal.Priorities;
import org.hubdesk.committee.internal.RankingSight;
import org.hubdesk.hub.HubViewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The priority ranking, with its formula, fifty rows a page; what each viewer sees of it is
 * {@link RankingSight}'s to say.
 */
@Controller
class RankingController {

	static final int PAGE = 50;

	private final Priorities priorities;
	private final Conflicts conflicts;

	RankingController(Priorities priorities, Conflicts conflicts) {
		this.priorities = priorities;
		this.conflicts = conflicts;
	}

	@GetMapping("/hubs/{slug}/committee/ranking")
	String ranking(HubViewer viewer, Model model, @RequestParam(defaultValue = "0") int page, Locale locale) {
		Priorities.Ranked ranked = priorities.rank(viewer.hub());
		RankingSight.Seen seen = RankingSight.of(viewer, ranked,
				conflicts.affiliations(Set.of(viewer.id())).getOrDefault(viewer.id(), Set.of()));
		int pages = Math.max(1, (seen.rows().size() + PAGE - 1) / PAGE);
		int shown = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("hub", viewer.hub());
		RankingRows figures = new RankingRows(locale);
		model.addAttribute("rows", figures.of(seen.rows().subList(shown * PAGE, Math.min(seen.rows().size(),
				(shown + 1) * PAGE))));
		model.addAttribute("count", seen.rows().size());
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("apart", shown == 0 ? seen.apart() : List.of());
		model.addAttribute("remaining", figures.hours(seen.remainingCapacityHours()));
		model.addAttribute("full", seen.full());
		model.addAttribute("asOf", ranked.figuresAsOf());
		return "committee/ranking";
	}
}
