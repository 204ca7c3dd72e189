package org.hubdesk.committee.ranking;

/**
 * The help one group received over the last 365 days.
 *
 * @param staffHours the staff hours logged on the group's requests
 * @param requestsAccepted the number of the group's requests accepted
 */
public record GroupActivity(double staffHours, long requestsAccepted) {

	/** A group that received no help. */
	public static final GroupActivity NONE = new GroupActivity(0, 0);

	public GroupActivity {
		if (!Double.isFinite(staffHours) || staffHours < 0 || requestsAccepted < 0) {
			throw new IllegalArgumentException("Activity cannot be " + staffHours + " hours, " + requestsAccepted
					+ " requests accepted");
		}
	}

	/** The value of this measure. */
	public double value(EquityMeasure measure) {
		return switch (measure) {
			case STAFF_HOURS -> staffHours;
			case REQUESTS_ACCEPTED -> requestsAccepted;
		};
	}
}
