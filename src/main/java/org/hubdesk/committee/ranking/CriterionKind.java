package org.hubdesk.committee.ranking;

/** How a criterion of the rubric is answered, and whether it counts in the score. */
public enum CriterionKind {

	/** Scored from 1 to 5; counts in the score with its weight. */
	SCALED,

	/** Answered yes, no or unclear; carries no weight, but enough “no” make a request unrankable. */
	GATE
}
