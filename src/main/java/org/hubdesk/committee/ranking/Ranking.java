package org.hubdesk.committee.ranking;

import java.math.BigDecimal;
import java.util.List;

/**
 * The priority ranking of the requests in review and accepted but not yet started: the ranked rows in
 * order, where the capacity line falls, and apart, the requests that cannot be ranked (a gate refused
 * by more than half of the members counted) and those nobody has scored yet.
 *
 * @param rows the ranked rows, highest rank value first
 * @param remainingCapacityHours the staff hours left this quarter that the rows' estimates are measured against
 * @param rowsAboveCapacityLine how many rows, from the top, are above the capacity line
 * @param unrankable the requests left out for a refused gate, earliest submission first
 * @param unscored the requests nobody has scored, earliest submission first
 */
public record Ranking(List<RankedRow> rows, BigDecimal remainingCapacityHours, int rowsAboveCapacityLine,
		List<UnrankableRequest> unrankable, List<UnscoredRequest> unscored) {

	public Ranking {
		rows = List.copyOf(rows);
		unrankable = List.copyOf(unrankable);
		unscored = List.copyOf(unscored);
	}
}
