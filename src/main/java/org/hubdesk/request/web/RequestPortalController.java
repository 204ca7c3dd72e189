package org.hubdesk.request.web;

import java.util.List;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The requester's portal: their requests in a hub, drafts included, and whose turn it is on each. */
@Controller
class RequestPortalController {

	private final Requests requests;

	RequestPortalController(Requests requests) {
		this.requests = requests;
	}

	/** A line of the list: the request, its reference (null for a draft), where it links, and whose turn it is. */
	public record Row(HelpRequest request, String reference, String path, String turnKey, String turnChip) {
	}

	@GetMapping("/hubs/{slug}/requests")
	String mine(HubViewer viewer, Model model) {
		Hub hub = viewer.hub();
		List<Row> rows = requests.mine(hub, viewer.id()).stream().map(r -> row(hub, r)).toList();
		model.addAttribute("hub", hub);
		model.addAttribute("rows", rows);
		return "request/mine";
	}

	private static Row row(Hub hub, HelpRequest r) {
		String base = "/hubs/" + hub.getSlug() + "/requests/";
		RequestState state = r.getState();
		if (state == RequestState.DRAFT) {
			return new Row(r, null, base + "drafts/" + r.getId(), "request.turn.draft", "cdx-info-chip--warning");
		}
		String path = base + r.getNumber();
		if (state.finished()) {
			return new Row(r, r.reference(hub.getNumberPrefix()), path, "request.turn.finished", "");
		}
		if (state == RequestState.WAITING_FOR_REQUESTER) {
			return new Row(r, r.reference(hub.getNumberPrefix()), path, "request.turn.you", "cdx-info-chip--warning");
		}
		return new Row(r, r.reference(hub.getNumberPrefix()), path, "request.turn.hub", "cdx-info-chip--progressive");
	}
}
