package org.hubdesk.committee.ranking;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The criteria a committee answers on every request: scaled criteria, scored 1 to 5 and counted in
 * the score with their weights, and gates, answered yes, no or unclear, which carry no weight. A
 * rubric names each criterion once, has at least one scaled criterion, and the weights of its scaled
 * criteria are finite, not negative, and add up to more than zero.
 *
 * @param criteria the criteria, in the rubric's order
 */
public record Rubric(List<Criterion> criteria) {

	public Rubric {
		criteria = List.copyOf(criteria);
		Set<Long> ids = new HashSet<>();
		double total = 0;
		for (Criterion criterion : criteria) {
			if (!ids.add(criterion.id())) {
				throw new IllegalArgumentException("Criterion " + criterion.id() + " appears twice in the rubric");
			}
			if (criterion.kind() == CriterionKind.SCALED) {
				if (!Double.isFinite(criterion.weight()) || criterion.weight() < 0) {
					throw new IllegalArgumentException(
							"Criterion " + criterion.id() + " has the weight " + criterion.weight());
				}
				total += criterion.weight();
			}
		}
		if (!(total > 0)) {
			throw new IllegalArgumentException("The weights of the rubric's scaled criteria add up to " + total);
		}
	}

	/** A rubric of these criteria. */
	public static Rubric of(Criterion... criteria) {
		return new Rubric(List.of(criteria));
	}

	/** The scaled criteria, in the rubric's order. */
	public List<Criterion> scaled() {
		return criteria.stream().filter(c -> c.kind() == CriterionKind.SCALED).toList();
	}

	/** The gates, in the rubric's order. */
	public List<Criterion> gates() {
		return criteria.stream().filter(c -> c.kind() == CriterionKind.GATE).toList();
	}

	/** The sum of the scaled criteria's weights, Σ w_c. */
	public double totalWeight() {
		return scaled().stream().mapToDouble(Criterion::weight).sum();
	}
}
