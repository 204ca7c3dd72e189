package org.hubdesk.committee.internal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.Scale;

/** The chair's form for the next version of the rubric: principles, weights' explanation and criteria, per language. */
public class RubricForm {

	/** A criterion as the form holds it; a row marked for removal is left out of the next version. */
	public static class Row {

		private String code;
		private Scale scale = Scale.SCALE;
		private Integer weight = 1;
		private Map<String, String> name = new HashMap<>();
		private Map<String, String> description = new HashMap<>();
		private boolean remove;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public Scale getScale() {
			return scale;
		}

		public void setScale(Scale scale) {
			this.scale = scale;
		}

		public Integer getWeight() {
			return weight;
		}

		public void setWeight(Integer weight) {
			this.weight = weight;
		}

		public Map<String, String> getName() {
			return name;
		}

		public void setName(Map<String, String> name) {
			this.name = name;
		}

		public Map<String, String> getDescription() {
			return description;
		}

		public void setDescription(Map<String, String> description) {
			this.description = description;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}
	}

	private Map<String, String> principles = new HashMap<>();
	private Map<String, String> weights = new HashMap<>();
	private List<Row> criteria = new ArrayList<>();

	/** The form filled with a version of the rubric, to be changed into the next. */
	static RubricForm of(Rubric rubric) {
		RubricForm form = new RubricForm();
		rubric.getWords().forEach((language, words) -> {
			form.principles.put(language, words.principles());
			form.weights.put(language, words.weights());
		});
		for (Criterion criterion : rubric.getCriteria()) {
			Row row = new Row();
			row.code = criterion.getCode();
			row.scale = criterion.getScale();
			row.weight = criterion.getWeight();
			criterion.getWords().forEach((language, words) -> {
				row.name.put(language, words.name());
				row.description.put(language, words.description());
			});
			form.criteria.add(row);
		}
		return form;
	}

	public Map<String, String> getPrinciples() {
		return principles;
	}

	public void setPrinciples(Map<String, String> principles) {
		this.principles = principles;
	}

	public Map<String, String> getWeights() {
		return weights;
	}

	public void setWeights(Map<String, String> weights) {
		this.weights = weights;
	}

	public List<Row> getCriteria() {
		return criteria;
	}

	public void setCriteria(List<Row> criteria) {
		this.criteria = criteria;
	}
}
