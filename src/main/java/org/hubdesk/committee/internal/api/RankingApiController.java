package org.hubdesk.committee.internal.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hubdesk.committee.internal.Conflicts;
import org.hubdesk.committee.internal.Priorities;
import org.hubdesk.committee.internal.RankingSight;
import org.hubdesk.committee.ranking.EquityTerm;
import org.hubdesk.committee.ranking.RankedRow;
import org.hubdesk.hub.HubViewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The priority ranking, as its page shows it to the caller ({@link RankingSight}): the chair and
 * admins read every row with why it stands there, a member the rows of the requests they have
 * scored, staff the order without scores; nobody the row of a request they are conflicted on.
 */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/committee")
@Tag(name = "Committee")
class RankingApiController {

	/** Why a row stands where it does: S, E with its terms, λ · E and R. */
	record WhyJson(double score, int scoredBy, double equity, List<EquityTerm> equityTerms, double equityWeight,
			double weightedEquity, double rankValue) {
	}

	/** A row of the ranking. */
	record RowJson(int position, int number, String reference, String title,
			@Schema(description = "null when the request has no estimate") BigDecimal estimateHours,
			BigDecimal cumulativeEffortHours, boolean aboveCapacityLine,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "absent where the caller may not see why") WhyJson why) {
	}

	/** A request left out of the order. */
	record ApartJson(int number, String reference, String title, boolean unrankable,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "how many answered a gate “no”, to the chair and admins") Integer noAnswers,
			@JsonInclude(JsonInclude.Include.NON_NULL) Integer members) {
	}

	/** The ranking as the caller may see it. */
	record RankingJson(BigDecimal remainingCapacityHours,
			@Schema(description = "when the hours, estimates and equity figures were read") java.time.Instant figuresAsOf,
			List<RowJson> rows, List<ApartJson> apart) {
	}

	private final Priorities priorities;
	private final Conflicts conflicts;

	RankingApiController(Priorities priorities, Conflicts conflicts) {
		this.priorities = priorities;
		this.conflicts = conflicts;
	}

	@GetMapping("/ranking")
	@Operation(operationId = "getCommitteeRanking",
			summary = "The priority ranking of the requests in review and accepted but not yet started (the committee, staff and admins; each sees what the page shows them)")
	RankingJson ranking(HubViewer viewer) {
		Priorities.Ranked ranked = priorities.rank(viewer.hub());
		RankingSight.Seen seen = RankingSight.of(viewer, ranked,
				conflicts.affiliations(Set.of(viewer.id())).getOrDefault(viewer.id(), Set.of()));
		List<RowJson> rows = seen.rows().stream().map(r -> {
			RankedRow row = r.row();
			WhyJson why = r.explained() ? new WhyJson(row.score().value(), row.score().members(), row.equity().value(),
					row.equity().terms(), row.equityWeight(), row.weightedEquity(), row.rankValue()) : null;
			return new RowJson(row.position(), r.request().number(), r.request().reference(), r.request().title(),
					row.estimateHours(), row.cumulativeEffortHours(), row.aboveCapacityLine(), why);
		}).toList();
		List<ApartJson> apart = seen.apart().stream().map(a -> new ApartJson(a.request().number(),
				a.request().reference(), a.request().title(), a.unrankable(), a.noAnswers(), a.members())).toList();
		return new RankingJson(seen.remainingCapacityHours(), ranked.figuresAsOf(), rows, apart);
	}
}
