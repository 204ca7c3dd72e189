package org.hubdesk.committee.internal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.hubdesk.committee.internal.Priorities;
import org.hubdesk.committee.internal.RankingSight;
import org.hubdesk.committee.ranking.EquityTerm;
import org.hubdesk.committee.ranking.RankedRow;

/**
 * The ranking's rows as its page shows them, their figures written in the viewer's locale: S, E, λ,
 * λ · E and R to three places, hours to one, each equity term's value, mean and ratio. The formats
 * are made once a page, not once a figure.
 */
final class RankingRows {

	/** An equity term as shown: its dimension and measure (for their names) and its figures. */
	record Term(String dimension, String measure, String value, String mean, String ratio, String term) {
	}

	/** A row as shown; the figures behind “why here?” only when {@code explained}. */
	record Row(RankedRow row, Priorities.Candidate request, boolean explained, String score, String equity,
			String lambda, String weightedEquity, String rankValue, String estimate, String cumulative,
			List<Term> terms) {
	}

	private final NumberFormat three;
	private final NumberFormat two;
	private final NumberFormat one;

	RankingRows(Locale locale) {
		this.three = format(locale, 3);
		this.two = format(locale, 2);
		this.one = format(locale, 1);
	}

	List<Row> of(List<RankingSight.Row> rows) {
		return rows.stream().map(this::row).toList();
	}

	String hours(BigDecimal hours) {
		return one.format(hours);
	}

	private Row row(RankingSight.Row shown) {
		RankedRow r = shown.row();
		String estimate = r.estimateHours() == null ? null : one.format(r.estimateHours());
		if (!shown.explained()) {
			return new Row(r, shown.request(), false, null, null, null, null, null, estimate,
					one.format(r.cumulativeEffortHours()), List.of());
		}
		List<Term> terms = r.equity().terms().stream().map(this::term).toList();
		return new Row(r, shown.request(), true, three.format(r.score().value()), three.format(r.equity().value()),
				two.format(r.equityWeight()), three.format(r.weightedEquity()), three.format(r.rankValue()), estimate,
				one.format(r.cumulativeEffortHours()), terms);
	}

	private Term term(EquityTerm t) {
		return new Term(t.dimension().name(), t.measure().name(), one.format(t.value()), two.format(t.mean()),
				two.format(t.ratio()), three.format(t.term()));
	}

	private static NumberFormat format(Locale locale, int places) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(places);
		format.setMaximumFractionDigits(places);
		return format;
	}
}
