package org.hubdesk.search.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.request.RequestState;
import org.hubdesk.search.HubSearch;
import org.hubdesk.search.SearchFilters;
import org.hubdesk.search.SearchHit;
import org.hubdesk.search.SearchResults;
import org.hubdesk.shared.Dates;
import org.hubdesk.shared.Paging;
import org.hubdesk.shared.Refusal;
import org.springframework.context.MessageSource;
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
	private final MessageSource messages;

	SearchController(Hubs hubs, HubSearch search, MessageSource messages) {
		this.hubs = hubs;
		this.search = search;
		this.messages = messages;
	}

	/** The search page; a period's day that is no date (or out of range) is left out, with a word at its field. */
	@GetMapping
	String search(HubViewer viewer, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) RequestState state,
			@RequestParam(required = false) Long need, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		Map<String, String> dateErrors = new LinkedHashMap<>();
		SearchFilters filters = new SearchFilters(state, need, day("from", from, dateErrors, locale),
				day("to", to, dateErrors, locale));
		SearchResults results;
		try {
			results = search.search(viewer, q, kind, filters, page);
		}
		catch (Refusal ex) {
			// the words stay in the box, with what is wrong with them beside it
			model.addAttribute("queryError", messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
			results = new SearchResults(q == null ? "" : q, kind, List.of(), 0, 0, HubSearch.PAGE_SIZE, Map.of());
		}
		model.addAttribute("filters", filters);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("dateErrors", dateErrors);
		model.addAttribute("needs", NeedNode.flatten(hubs.codebook(viewer.hub())));
		model.addAttribute("hub", viewer.hub());
		model.addAttribute("results", results);
		model.addAttribute("kinds", search.kindsFor(viewer));
		model.addAttribute("states", RequestState.values());
		model.addAttribute("state", state);
		return "search/search";
	}

	private LocalDate day(String field, String text, Map<String, String> errors, Locale locale) {
		try {
			return Dates.parse(field, text);
		}
		catch (Refusal ex) {
			errors.put(field, messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
			return null;
		}
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
		static final long REACH = Paging.MAX_ROWS;

		private final HubSearch search;

		Api(HubSearch search) {
			this.search = search;
		}

		@GetMapping
		@ResponseBody
		SearchResults search(HubViewer viewer, @RequestParam(required = false) String q,
				@RequestParam(required = false) String kind, @RequestParam(required = false) RequestState state,
				@RequestParam(required = false) Long need, @RequestParam(required = false) String from,
				@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page) {
			Paging.requireWithin(page, HubSearch.PAGE_SIZE, REACH);
			return search.search(viewer, q, kind,
					new SearchFilters(state, need, Dates.parse("from", from), Dates.parse("to", to)), page);
		}

		@GetMapping("/suggest")
		List<SearchHit> suggest(HubViewer viewer, @RequestParam(required = false) String q) {
			return search.suggest(viewer, q);
		}
	}
}
