package org.hubdesk.committee.ranking;

/** What is measured of the help a group received over the last 365 days. */
public enum EquityMeasure {

	/** The staff hours logged on the group's requests. */
	STAFF_HOURS,

	/** The number of the group's requests accepted. */
	REQUESTS_ACCEPTED
}
