package org.hubdesk.committee.internal.web;

import java.util.List;
import java.util.Locale;

import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.committee.internal.Settings;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The committee's principles and current rubric, with its weights and the ranking's formula: public. */
@Controller
class PrinciplesController {

	/** A criterion as the page shows it, in the reader's language. */
	record CriterionLine(String name, String description, String scaleKey, int weight, boolean gate) {
	}

	private final Rubrics rubrics;
	private final Settings settings;

	PrinciplesController(Rubrics rubrics, Settings settings) {
		this.rubrics = rubrics;
		this.settings = settings;
	}

	@GetMapping("/hubs/{slug}/principles")
	String principles(HubViewer viewer, Model model, Locale locale) {
		Hub hub = viewer.hub();
		Rubric rubric = rubrics.current(hub);
		String language = locale.getLanguage();
		model.addAttribute("hub", hub);
		model.addAttribute("rubric", rubric);
		model.addAttribute("words", rubric.words(language, hub.getDefaultLanguage()));
		model.addAttribute("criteria", lines(rubric, language, hub.getDefaultLanguage()));
		model.addAttribute("totalWeight", rubric.scaled().stream().mapToInt(Criterion::getWeight).sum());
		model.addAttribute("lambda", settings.of(hub).getEquityWeight());
		model.addAttribute("chair", Seats.chair(viewer) || viewer.has(org.hubdesk.hub.HubRole.ADMIN));
		return "committee/principles";
	}

	static List<CriterionLine> lines(Rubric rubric, String language, String fallback) {
		return rubric.getCriteria().stream().map(c -> {
			Criterion.Words words = c.words(language, fallback);
			return new CriterionLine(words.name(), words.description(), c.getScale().messageKey(), c.getWeight(),
					c.isGate());
		}).toList();
	}
}
