package org.hubdesk.committee.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubdesk.shared.Refusal;
import org.hubdesk.shared.Texts;

/**
 * A new version of a rubric as the chair writes it: the principles and the explanation of the
 * weights, and the criteria in order, each in every hub language.
 */
public record RubricEdit(Map<String, Rubric.Words> words, List<CriterionEdit> criteria) {

	public record CriterionEdit(String code, Scale scale, int weight, Map<String, Criterion.Words> words) {
	}

	static final int CRITERIA_MAX = 20;

	/**
	 * Every fault of the edit for a hub with these languages, each naming its field as the form does
	 * ({@code principles[sv]}, {@code criteria[2].weight}, …), in the order of the form.
	 */
	public List<Refusal> faults(List<String> languages) {
		List<Refusal> faults = new ArrayList<>();
		for (String language : languages) {
			Rubric.Words in = words.get(language);
			text(faults, "principles[" + language + "]", in == null ? null : in.principles(), Rubric.PRINCIPLES_MAX);
			text(faults, "weights[" + language + "]", in == null ? null : in.weights(), Rubric.WEIGHTS_MAX);
		}
		if (criteria.isEmpty() || criteria.stream().allMatch(c -> c.scale() == Scale.GATE)) {
			faults.add(new Refusal("criteria", "committee.rubric.error.no-scaled"));
		}
		if (criteria.size() > CRITERIA_MAX) {
			faults.add(new Refusal("criteria", "committee.rubric.error.too-many", CRITERIA_MAX));
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < criteria.size(); i++) {
			CriterionEdit criterion = criteria.get(i);
			String at = "criteria[" + i + "].";
			if (criterion.scale() == null) {
				faults.add(new Refusal(at + "scale", "validation.required"));
			}
			else if (criterion.scale() == Scale.SCALE
					&& (criterion.weight() < 1 || criterion.weight() > Criterion.WEIGHT_MAX)) {
				faults.add(new Refusal(at + "weight", "committee.rubric.error.weight", Criterion.WEIGHT_MAX));
			}
			if (criterion.code() != null && !codes.add(criterion.code())) {
				faults.add(new Refusal(at + "code", "committee.rubric.error.code"));
			}
			for (String language : languages) {
				Criterion.Words in = criterion.words().get(language);
				text(faults, at + "name[" + language + "]", in == null ? null : in.name(), Criterion.NAME_MAX);
				text(faults, at + "description[" + language + "]", in == null ? null : in.description(),
						Criterion.DESCRIPTION_MAX);
			}
		}
		return faults;
	}

	private static void text(List<Refusal> faults, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			faults.add(new Refusal(field, "validation.required"));
		}
		else if (!Texts.readable(value)) {
			faults.add(new Refusal(field, Texts.UNREADABLE));
		}
		else if (value.length() > max) {
			faults.add(new Refusal(field, "validation.too-long"));
		}
	}
}
