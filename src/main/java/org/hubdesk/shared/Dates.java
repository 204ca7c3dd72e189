package org.hubdesk.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates people type (a filter's period, a milestone's due date, the day hours were worked): read as
 * ISO dates ({@code 2026-11-28}, what a date field sends) and kept to the years a helpdesk can mean,
 * so that no date reaches a query or a column it cannot hold.
 */
public final class Dates {

	/** The first day accepted. */
	public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

	/** The last day accepted. */
	public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

	/** The message key of a date that is not one, or out of range; its arguments are the first and last years. */
	public static final String INVALID = "validation.date";

	private Dates() {
	}

	/**
	 * The date typed, or null when nothing was.
	 * @throws Refusal naming the field when the text is not a date between {@link #FIRST} and {@link #LAST}
	 */
	public static LocalDate parse(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return within(field, LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			throw refusal(field);
		}
	}

	/** The date when it lies between {@link #FIRST} and {@link #LAST}. @throws Refusal naming the field otherwise */
	public static LocalDate within(String field, LocalDate date) {
		if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
			throw refusal(field);
		}
		return date;
	}

	private static Refusal refusal(String field) {
		return new Refusal(field, INVALID, String.valueOf(FIRST.getYear()), String.valueOf(LAST.getYear()));
	}
}
