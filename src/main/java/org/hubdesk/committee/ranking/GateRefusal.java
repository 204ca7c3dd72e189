package org.hubdesk.committee.ranking;

/**
 * A gate that more than half of the members counted answered “no”, which makes the request
 * unrankable.
 *
 * @param criterionId the gate
 * @param noAnswers how many members counted answered “no”
 * @param members how many members were counted: those not conflicted who answered every criterion
 */
public record GateRefusal(long criterionId, int noAnswers, int members) {
}
