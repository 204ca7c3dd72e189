package org.hubdesk.committee.internal.web;

import java.util.ArrayList;
import java.util.List;

import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.Conflicts;
import org.hubdesk.committee.internal.Priorities;
import org.hubdesk.committee.internal.Reviews;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.committee.ranking.RankedRow;
import org.hubdesk.committee.ranking.Ranking;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The priority ranking, with its formula. The chair and admins see every row with its “why here?”;
 * a member sees the rows of the requests they have scored; staff see the order without scores; no
 * member, chair or admin sees the row of a request they are conflicted on. Staff who sit on no
 * committee take no part in its review and see no score, so an affiliation they declare hides no row
 * of the order from them.
 */
@Controller
class RankingController {

	/** A row as this viewer sees it: its explanation only when {@code explained}. */
	record Row(RankedRow row, HelpRequest request, String reference, boolean explained) {
	}

	/** A request left out of the order, with why when the viewer may know. */
	record Apart(HelpRequest request, String reference, String why) {
	}

	private final Priorities priorities;
	private final Conflicts conflicts;
	private final Agenda agenda;
	private final Reviews reviews;

	RankingController(Priorities priorities, Conflicts conflicts, Agenda agenda, Reviews reviews) {
		this.priorities = priorities;
		this.conflicts = conflicts;
		this.agenda = agenda;
		this.reviews = reviews;
	}

	@GetMapping("/hubs/{slug}/committee/ranking")
	String ranking(HubViewer viewer, Model model) {
		boolean full = Seats.chair(viewer) || viewer.has(HubRole.ADMIN);
		boolean member = Seats.member(viewer);
		if (!full && !member && !viewer.isStaff()) {
			throw Refusal.forbidden();
		}
		// a conflict of interest is a committee's matter, and hides the rows of those who may see scores
		boolean judges = full || member;
		Hub hub = viewer.hub();
		Priorities.Ranked ranked = priorities.rank(hub);
		Ranking ranking = ranked.ranking();
		List<Row> rows = new ArrayList<>();
		for (RankedRow row : ranking.rows()) {
			HelpRequest request = ranked.requests().get(row.requestId());
			if (judges && conflicts.conflicted(request, viewer.id())) {
				continue;
			}
			boolean scored = member && agenda.current(request).map(i -> reviews.complete(i, viewer.id())).orElse(false);
			if (full || scored) {
				rows.add(new Row(row, request, request.reference(hub.getNumberPrefix()), true));
			}
			else if (viewer.isStaff()) {
				rows.add(new Row(row, request, request.reference(hub.getNumberPrefix()), false));
			}
		}
		List<Apart> apart = new ArrayList<>();
		if (full || viewer.isStaff()) {
			ranking.unrankable().forEach(u -> apart.add(apart(hub, ranked.requests().get(u.requestId()),
					full ? u.refusals().stream().mapToInt(g -> g.noAnswers()).max().orElse(0) + "/"
							+ u.refusals().stream().mapToInt(g -> g.members()).max().orElse(0) : null)));
			ranking.unscored().forEach(u -> apart.add(apart(hub, ranked.requests().get(u.requestId()), "")));
		}
		apart.removeIf(a -> judges && conflicts.conflicted(a.request(), viewer.id()));
		model.addAttribute("hub", hub);
		model.addAttribute("rows", rows);
		model.addAttribute("apart", apart);
		model.addAttribute("remaining", ranking.remainingCapacityHours());
		model.addAttribute("full", full);
		return "committee/ranking";
	}

	private static Apart apart(Hub hub, HelpRequest request, String why) {
		return new Apart(request, request.reference(hub.getNumberPrefix()), why);
	}
}
