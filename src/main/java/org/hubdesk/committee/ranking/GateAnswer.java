package org.hubdesk.committee.ranking;

/** A member's answer to a gate. Only {@link #NO} counts against a request. */
public enum GateAnswer {
	YES, NO, UNCLEAR
}
