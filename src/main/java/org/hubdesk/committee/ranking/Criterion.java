package org.hubdesk.committee.ranking;

import java.util.Objects;

/**
 * One criterion of the rubric as the ranking sees it: its id, whether it is scaled (1 to 5) or a gate
 * (yes, no, unclear), and its weight in the score. A gate's weight is ignored: gates carry no weight.
 *
 * @param id the criterion's id, the key of the members' answers
 * @param kind scaled or gate
 * @param weight the criterion's weight in the score (scaled criteria only)
 */
public record Criterion(long id, CriterionKind kind, double weight) {

	public Criterion {
		Objects.requireNonNull(kind, "kind");
	}

	/** A scaled criterion of this weight. */
	public static Criterion scaled(long id, double weight) {
		return new Criterion(id, CriterionKind.SCALED, weight);
	}

	/** A gate, which carries no weight. */
	public static Criterion gate(long id) {
		return new Criterion(id, CriterionKind.GATE, 0);
	}
}
