package org.hubdesk.committee.internal;

/** How a criterion is answered: a score from 1 to 5, or a gate answered yes, no or unclear. */
public enum Scale {

	/** A score from 1 (poor) to 5 (excellent), weighed into the request's score. */
	SCALE(1, 5),

	/** Yes (1), no (0) or unclear (2): no weight, but most members answering no keeps a request out of the ranking. */
	GATE(0, 2);

	public static final int GATE_NO = 0;
	public static final int GATE_YES = 1;
	public static final int GATE_UNCLEAR = 2;

	private final int lowest;
	private final int highest;

	Scale(int lowest, int highest) {
		this.lowest = lowest;
		this.highest = highest;
	}

	/** Whether a member's answer is one this scale takes. */
	public boolean takes(int value) {
		return value >= lowest && value <= highest;
	}

	public int lowest() {
		return lowest;
	}

	public int highest() {
		return highest;
	}

	/** The message key of the scale's name. */
	public String messageKey() {
		return "committee.scale." + name();
	}
}
