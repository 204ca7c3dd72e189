package org.hubdesk.committee.ranking;

import java.util.Objects;

/**
 * A member's answer to one criterion: a score from 1 to 5 for a scaled criterion, or yes, no or
 * unclear for a gate.
 */
public sealed interface Answer permits Answer.Scaled, Answer.Gate {

	/** The kind of criterion this answer is for. */
	CriterionKind kind();

	/** A score from 1 to 5. */
	static Answer score(int score) {
		return new Scaled(score);
	}

	/** An answer to a gate. */
	static Answer gate(GateAnswer answer) {
		return new Gate(answer);
	}

	/**
	 * A score given to a scaled criterion.
	 *
	 * @param score from 1 (lowest) to 5 (highest)
	 */
	record Scaled(int score) implements Answer {

		public Scaled {
			if (score < 1 || score > 5) {
				throw new IllegalArgumentException("A score is from 1 to 5, not " + score);
			}
		}

		/** The score brought to the range 0 to 1: (score − 1) / 4. */
		public double normalised() {
			return (score - 1) / 4.0;
		}

		@Override
		public CriterionKind kind() {
			return CriterionKind.SCALED;
		}
	}

	/**
	 * An answer given to a gate.
	 *
	 * @param answer yes, no or unclear
	 */
	record Gate(GateAnswer answer) implements Answer {

		public Gate {
			Objects.requireNonNull(answer, "answer");
		}

		@Override
		public CriterionKind kind() {
			return CriterionKind.GATE;
		}
	}
}
