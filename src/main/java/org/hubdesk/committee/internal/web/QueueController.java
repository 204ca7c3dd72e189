package org.hubdesk.committee.internal.web;

import org.hubdesk.committee.internal.ReviewQueue;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.hub.HubViewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A member's whole review queue, fifty requests a page, earliest meeting first. */
@Controller
class QueueController {

	static final int PAGE = 50;

	private final ReviewQueue queue;
	private final QueueRows rows;

	QueueController(ReviewQueue queue, QueueRows rows) {
		this.queue = queue;
		this.rows = rows;
	}

	@GetMapping("/hubs/{slug}/committee/queue")
	String queue(HubViewer viewer, Model model, @RequestParam(defaultValue = "0") int page) {
		Seats.requireMember(viewer);
		ReviewQueue.Slice slice = queue.page(viewer.hub(), page, PAGE);
		model.addAttribute("hub", viewer.hub());
		model.addAttribute("queue", rows.of(viewer.hub(), viewer, slice.entries()));
		model.addAttribute("total", slice.total());
		model.addAttribute("page", slice.page());
		model.addAttribute("pages", slice.pages());
		return "committee/queue";
	}
}
