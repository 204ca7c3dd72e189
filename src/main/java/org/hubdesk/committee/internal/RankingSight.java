package org.hubdesk.committee.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hubdesk.committee.ranking.RankedRow;
import org.hubdesk.committee.ranking.Ranking;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.shared.Refusal;

/**
 * What one viewer sees of the priority ranking, for its page and its API alike. The chair and admins
 * see every row with its “why here?”; a member sees the rows of the requests they have scored, with
 * theirs; staff see the order without scores; no member, chair or admin sees the row of a request
 * they are conflicted on (staff who sit on no committee take no part in its review and see no score,
 * so an affiliation they declare hides no row of the order from them). The requests left out of the
 * order are listed to the chair, admins and staff, with why (how many answered a gate “no”) to the
 * chair and admins only.
 */
public final class RankingSight {

	/** A row as the viewer sees it: its explanation only when {@code explained}. */
	public record Row(RankedRow row, Priorities.Candidate request, boolean explained) {
	}

	/**
	 * A request left out of the order: {@code noAnswers}/{@code members} answered a gate “no” when it
	 * is unrankable and the viewer may know; both null when it is unscored or the viewer may not.
	 */
	public record Apart(Priorities.Candidate request, boolean unrankable, Integer noAnswers, Integer members) {
	}

	/** The viewer's ranking: rows, the requests apart, the remaining capacity, and whether they see it all. */
	public record Seen(List<Row> rows, List<Apart> apart, BigDecimal remainingCapacityHours, int rowsAboveCapacityLine,
			boolean full) {
	}

	private RankingSight() {
	}

	/**
	 * The ranking as the viewer may see it.
	 * @throws Refusal (403) for a viewer who is neither on the committee, nor staff, nor an admin
	 */
	public static Seen of(HubViewer viewer, Priorities.Ranked ranked, Set<Long> viewerAffiliates) {
		boolean full = Seats.chair(viewer) || viewer.has(HubRole.ADMIN);
		boolean member = Seats.member(viewer);
		if (!full && !member && !viewer.isStaff()) {
			throw Refusal.forbidden();
		}
		// a conflict of interest is a committee's matter, and hides the rows of those who may see scores
		boolean judges = full || member;
		java.util.function.LongPredicate conflicted = id -> judges && ranked.conflicted(id, viewer.id(), viewerAffiliates);
		Ranking ranking = ranked.ranking();
		List<Row> rows = new ArrayList<>();
		for (RankedRow row : ranking.rows()) {
			if (conflicted.test(row.requestId())) {
				continue;
			}
			Priorities.Candidate request = ranked.requests().get(row.requestId());
			if (full || member && ranked.scored(row.requestId(), viewer.id())) {
				rows.add(new Row(row, request, true));
			}
			else if (viewer.isStaff()) {
				rows.add(new Row(row, request, false));
			}
		}
		List<Apart> apart = new ArrayList<>();
		if (full || viewer.isStaff()) {
			ranking.unrankable().stream().filter(u -> !conflicted.test(u.requestId()))
				.forEach(u -> apart.add(new Apart(ranked.requests().get(u.requestId()), true,
						full ? u.refusals().stream().mapToInt(g -> g.noAnswers()).max().orElse(0) : null,
						full ? u.refusals().stream().mapToInt(g -> g.members()).max().orElse(0) : null)));
			ranking.unscored().stream().filter(u -> !conflicted.test(u.requestId()))
				.forEach(u -> apart.add(new Apart(ranked.requests().get(u.requestId()), false, null, null)));
		}
		return new Seen(rows, apart, ranking.remainingCapacityHours(), ranking.rowsAboveCapacityLine(), full);
	}
}
