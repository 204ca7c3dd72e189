package org.hubdesk.wikimedia;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.hubdesk.wikimedia.WikimediaException.Kind;

/**
 * The months from one to another, both included.
 */
public record MonthSpan(YearMonth from, YearMonth to) {

	public MonthSpan {
		if (from == null || to == null || to.isBefore(from)) {
			throw new WikimediaException(Kind.INVALID, "A span of months from " + from + " to " + to + " is none");
		}
	}

	/** The twelve months before the month of this day: the last twelve whose page views are complete. */
	public static MonthSpan lastTwelveComplete(LocalDate today) {
		YearMonth last = YearMonth.from(today).minusMonths(1);
		return new MonthSpan(last.minusMonths(11), last);
	}

	/**
	 * The twelve months before the month this clock shows in UTC (the page views' time), so a span
	 * asked for on the 1st of a month ends with the month just over.
	 */
	public static MonthSpan lastTwelveComplete(Clock clock) {
		return lastTwelveComplete(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
	}

	/** How many months the span holds. */
	public int months() {
		return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
	}
}
