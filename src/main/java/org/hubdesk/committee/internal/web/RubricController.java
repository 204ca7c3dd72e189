package org.hubdesk.committee.internal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.RubricEdit;
import org.hubdesk.committee.internal.RubricEdit.CriterionEdit;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.committee.internal.Scale;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chair edits the rubric: each save makes the next version; earlier versions stay as they were. */
@Controller
class RubricController {

	private final Rubrics rubrics;

	RubricController(Rubrics rubrics) {
		this.rubrics = rubrics;
	}

	@GetMapping("/hubs/{slug}/committee/rubric")
	String edit(HubViewer viewer, Model model) {
		Seats.requireChairOrAdmin(viewer);
		Rubric current = rubrics.current(viewer.hub());
		model.addAttribute("form", RubricForm.of(current));
		return page(viewer.hub(), current, model);
	}

	@PostMapping("/hubs/{slug}/committee/rubric")
	String save(HubViewer viewer, @ModelAttribute("form") RubricForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		Seats.requireChairOrAdmin(viewer);
		Hub hub = viewer.hub();
		Rubric current = rubrics.current(hub);
		if ("add".equals(action)) {
			form.getCriteria().add(new RubricForm.Row());
			return page(hub, current, model);
		}
		List<Integer> rows = new ArrayList<>();
		RubricEdit edit = edit(form, rows);
		for (Refusal fault : edit.faults(hub.getLanguages())) {
			String field = atRow(fault.getField(), rows);
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, fault.getMessageKey(), fault.getArguments(), null);
			}
		}
		if (errors.hasErrors()) {
			return page(hub, current, model);
		}
		Rubric next = rubrics.revise(hub, viewer.id(), edit);
		redirect.addFlashAttribute("saved", "committee.rubric.saved");
		redirect.addAttribute("slug", hub.getSlug());
		return "redirect:/hubs/{slug}/principles#v" + next.getNumber();
	}

	private String page(Hub hub, Rubric current, Model model) {
		model.addAttribute("hub", hub);
		model.addAttribute("rubric", current);
		model.addAttribute("scales", Scale.values());
		model.addAttribute("weightMax", Criterion.WEIGHT_MAX);
		model.addAttribute("history", rubrics.history(hub));
		return "committee/rubric-edit";
	}

	/** The edit the form asks for, and for each of its criteria the form's row it came from. */
	private static RubricEdit edit(RubricForm form, List<Integer> rows) {
		Map<String, Rubric.Words> words = new HashMap<>();
		for (String language : union(form.getPrinciples(), form.getWeights())) {
			words.put(language, new Rubric.Words(form.getPrinciples().get(language), form.getWeights().get(language)));
		}
		List<CriterionEdit> criteria = new ArrayList<>();
		for (int i = 0; i < form.getCriteria().size(); i++) {
			RubricForm.Row row = form.getCriteria().get(i);
			if (row == null || row.isRemove()) {
				continue;
			}
			Map<String, Criterion.Words> texts = new HashMap<>();
			for (String language : union(row.getName(), row.getDescription())) {
				texts.put(language, new Criterion.Words(row.getName().get(language), row.getDescription().get(language)));
			}
			criteria.add(new CriterionEdit(row.getCode(), row.getScale(), row.getWeight() == null ? 0 : row.getWeight(),
					texts));
			rows.add(i);
		}
		return new RubricEdit(words, criteria);
	}

	private static List<String> union(Map<String, String> one, Map<String, String> other) {
		List<String> keys = new ArrayList<>(one.keySet());
		other.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
		return keys;
	}

	/** A fault's field with the edit's criterion index turned into the form's row. */
	private static String atRow(String field, List<Integer> rows) {
		java.util.regex.Matcher at = java.util.regex.Pattern.compile("^criteria\\[(\\d+)]").matcher(field);
		return at.find() ? "criteria[" + rows.get(Integer.parseInt(at.group(1))) + "]" + field.substring(at.end()) : field;
	}
}
