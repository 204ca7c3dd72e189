package org.hubdesk.committee.ranking;

/**
 * The mean s̄_c of one scaled criterion over the members counted: the mean of (score − 1) / 4, from 0
 * (everyone scored 1) to 1 (everyone scored 5).
 *
 * @param criterionId the criterion
 * @param weight its weight w_c
 * @param mean s̄_c
 */
public record CriterionMean(long criterionId, double weight, double mean) {
}
