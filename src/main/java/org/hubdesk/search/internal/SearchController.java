package org.hubdesk.search.internal;

import java.time.LocalDate;
import java.util.List;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.PersonPrincipal;
import org.hubdesk.request.RequestState;
import org.hubdesk.search.HubSearch;
import org.hubdesk.search.SearchFilters;
import org.hubdesk.search.SearchHit;
import org.hubdesk.search.SearchResults;
import org.hubdesk.shared.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/** The hub's search page, its suggestions as one types, and the same search in the REST API. */
@Controller
@RequestMapping("/hubs/{slug}/search")
class SearchController {

	private final Hubs hubs;
	private final HubSearch search;

	SearchController(Hubs hubs, HubSearch search) {
		this.hubs = hubs;
		this.search = search;
	}

	@GetMapping
	String search(@PathVariable String slug, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) RequestState state,
			@RequestParam(required = false) Long need,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PersonPrincipal me, Model model) {
		Hub hub = hub(hubs, slug);
		boolean staff = isStaff(hubs, hub, me);
		SearchFilters filters = new SearchFilters(state, need, from, to);
		SearchResults results = search.search(hub, me.personId(), staff, q, kind, filters, page);
		model.addAttribute("filters", filters);
		model.addAttribute("needs", org.hubdesk.hub.NeedNode.flatten(hubs.codebook(hub)));
		model.addAttribute("hub", hub);
		model.addAttribute("results", results);
		model.addAttribute("kinds", HubSearch.kindsFor(staff));
		model.addAttribute("states", RequestState.values());
		model.addAttribute("state", state);
		return "search/search";
	}

	@GetMapping("/suggest")
	String suggest(@PathVariable String slug, @RequestParam(required = false) String q,
			@AuthenticationPrincipal PersonPrincipal me, Model model) {
		Hub hub = hub(hubs, slug);
		model.addAttribute("suggestions", search.suggest(hub, me.personId(), isStaff(hubs, hub, me), q));
		return "search/suggestions :: suggestions";
	}

	static Hub hub(Hubs hubs, String slug) {
		return hubs.bySlug(slug).orElseThrow(() -> Refusal.notFound());
	}

	static boolean isStaff(Hubs hubs, Hub hub, PersonPrincipal me) {
		return hubs.hasRole(hub, me.personId(), HubRole.STAFF) || hubs.hasRole(hub, me.personId(), HubRole.ADMIN);
	}

	/** The same search in the REST API, with the same rules. */
	@RestController
	@RequestMapping("/api/v1/hubs/{slug}/search")
	static class Api {

		private final Hubs hubs;
		private final HubSearch search;

		Api(Hubs hubs, HubSearch search) {
			this.hubs = hubs;
			this.search = search;
		}

		@GetMapping
		@ResponseBody
		SearchResults search(@PathVariable String slug, @RequestParam(required = false) String q,
				@RequestParam(required = false) String kind, @RequestParam(required = false) RequestState state,
				@RequestParam(required = false) Long need,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
				@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PersonPrincipal me) {
			Hub hub = hub(hubs, slug);
			return search.search(hub, me.personId(), isStaff(hubs, hub, me), q, kind,
					new SearchFilters(state, need, from, to), page);
		}

		@GetMapping("/suggest")
		List<SearchHit> suggest(@PathVariable String slug, @RequestParam(required = false) String q,
				@AuthenticationPrincipal PersonPrincipal me) {
			Hub hub = hub(hubs, slug);
			return search.suggest(hub, me.personId(), isStaff(hubs, hub, me), q);
		}
	}
}
