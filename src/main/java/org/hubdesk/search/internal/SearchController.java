package org.hubdesk.search.internal;

import java.time.LocalDate;
import java.util.List;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.request.RequestState;
import org.hubdesk.search.HubSearch;
import org.hubdesk.search.SearchFilters;
import org.hubdesk.search.SearchHit;
import org.hubdesk.search.SearchResults;
import org.hubdesk.shared.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
	String search(HubViewer viewer, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) RequestState state,
			@RequestParam(required = false) Long need,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		SearchFilters filters = new SearchFilters(state, need, from, to);
		SearchResults results = search.search(viewer, q, kind, filters, page);
		model.addAttribute("filters", filters);
		model.addAttribute("needs", NeedNode.flatten(hubs.codebook(viewer.hub())));
		model.addAttribute("hub", viewer.hub());
		model.addAttribute("results", results);
		model.addAttribute("kinds", search.kindsFor(viewer));
		model.addAttribute("states", RequestState.values());
		model.addAttribute("state", state);
		return "search/search";
	}

	@GetMapping("/suggest")
	String suggest(HubViewer viewer, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("suggestions", search.suggest(viewer, q));
		return "search/suggestions :: suggestions";
	}

	/** The same search in the REST API, with the same rules. */
	@RestController
	@RequestMapping("/api/v1/hubs/{slug}/search")
	static class Api {

		/**
		 * The farthest results reach: the window an Elasticsearch or OpenSearch index answers by
		 * default ({@code index.max_result_window}), and well within Lucene's.
		 */
		static final long REACH = 10_000;

		private final HubSearch search;

		Api(HubSearch search) {
			this.search = search;
		}

		@GetMapping
		@ResponseBody
		SearchResults search(HubViewer viewer, @RequestParam(required = false) String q,
				@RequestParam(required = false) String kind, @RequestParam(required = false) RequestState state,
				@RequestParam(required = false) Long need,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
				@RequestParam(defaultValue = "0") int page) {
			Paging.requireWithin(page, HubSearch.PAGE_SIZE, REACH);
			return search.search(viewer, q, kind, new SearchFilters(state, need, from, to), page);
		}

		@GetMapping("/suggest")
		List<SearchHit> suggest(HubViewer viewer, @RequestParam(required = false) String q) {
			return search.suggest(viewer, q);
		}
	}
}
