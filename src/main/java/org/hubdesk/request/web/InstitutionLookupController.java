package org.hubdesk.request.web;

import java.util.List;
import java.util.Locale;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.wikimedia.WikidataMatch;
import org.hubdesk.wikimedia.WikidataSearch;
import org.hubdesk.wikimedia.WikimediaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lookup of the partner institution on the request form: as the person types the institution's
 * name, the items of Wikidata that match it, to choose one and fill in its id. Asked by htmx, it
 * answers the list alone; opened as a page (without JavaScript), the same list in the site's page,
 * with each item's id to copy. When Wikidata cannot be searched the list says so in a word, and the
 * form still takes an id typed by hand.
 */
@Controller
@RequestMapping("/hubs/{slug}/requests/institutions")
class InstitutionLookupController {

	private static final Logger log = LoggerFactory.getLogger(InstitutionLookupController.class);

	/** How many items the lookup shows at most. */
	static final int MATCHES = 7;

	private final WikidataSearch wikidata;

	InstitutionLookupController(WikidataSearch wikidata) {
		this.wikidata = wikidata;
	}

	/**
	 * The items matching the name: {@code q}, or the form's {@code partnerName} as htmx sends it.
	 */
	@GetMapping
	String lookup(HubViewer viewer, @RequestParam(required = false) String q,
			@RequestParam(required = false) String partnerName,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		String text = q != null && !q.isBlank() ? q : partnerName;
		List<WikidataMatch> matches = List.of();
		boolean failed = false;
		try {
			matches = wikidata.search(text, locale.getLanguage(), MATCHES);
		}
		catch (WikimediaException ex) {
			log.warn("The lookup of an institution on Wikidata failed: {}", ex.getMessage());
			failed = true;
		}
		model.addAttribute("hub", viewer.hub());
		model.addAttribute("q", text == null ? "" : text.strip());
		model.addAttribute("matches", matches);
		model.addAttribute("failed", failed);
		return "true".equals(htmx) ? "request/institutions :: results" : "request/institutions";
	}
}
