package org.hubdesk.committee;

/**
 * The committee decided a request: accepted, declined, deferred or referred it (the outcome's name).
 * Published when the decision is recorded, for the modules that act on it (a referral follows a
 * decision to refer).
 */
public record DecisionRecorded(long hubId, long requestId, long decisionId, String outcome, long chairId) {
}
