package org.hubdesk.committee.ranking;

/**
 * One term of a request's equity E, for one dimension and one measure: the ratio r of the request's
 * group's value to the mean over the dimension's groups that submitted a request in the last 365 days
 * (r = 1 when that mean is 0), and the term 1 − min(r, 2), which lies in [−1, 1] and is positive when
 * the group was helped less than average.
 *
 * @param dimension the dimension
 * @param measure the measure
 * @param group the request's group in the dimension
 * @param value the group's value of the measure
 * @param mean the mean of the measure over the dimension's groups that submitted a request
 * @param ratio r = value / mean, or 1 when the mean is 0
 * @param term 1 − min(r, 2)
 */
public record EquityTerm(EquityDimension dimension, EquityMeasure measure, String group, double value,
		double mean, double ratio, double term) {
}
