package org.hubdesk.search.internal;

import org.hubdesk.search.SearchIndex;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The instance administrator rebuilds the search index from the database (under {@code /admin/}). */
@Controller
class SearchAdminController {

	private final SearchIndex index;

	SearchAdminController(SearchIndex index) {
		this.index = index;
	}

	@PostMapping("/admin/search/rebuild")
	String rebuild(RedirectAttributes redirect) {
		index.rebuild();
		redirect.addFlashAttribute("saved", "search.rebuilt");
		return "redirect:/admin";
	}
}
