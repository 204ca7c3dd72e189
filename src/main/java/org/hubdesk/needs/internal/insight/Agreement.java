package org.hubdesk.needs.internal.insight;

/**
 * The 2×2 table of two coders over some units (interview, theme): how many units each found the theme
 * present in, and what follows from it. With n units, p₁ and p₂ the shares in which the first and the
 * second coder found it present, the observed agreement pₒ = (both + neither) / n, the agreement
 * expected by chance pₑ = p₁ · p₂ + (1 − p₁)(1 − p₂), and Cohen's kappa κ = (pₒ − pₑ) / (1 − pₑ). When
 * pₑ = 1 (both coders found the theme present in every unit, or in none) kappa is undefined.
 *
 * @param both units in which both coders found the theme present
 * @param firstOnly units in which only the first coder did
 * @param secondOnly units in which only the second coder did
 * @param neither units in which neither did
 */
public record Agreement(int both, int firstOnly, int secondOnly, int neither) {

	public Agreement {
		if (both < 0 || firstOnly < 0 || secondOnly < 0 || neither < 0
				|| both + firstOnly + secondOnly + neither == 0) {
			throw new IllegalArgumentException("An agreement needs units: " + both + ", " + firstOnly + ", "
					+ secondOnly + ", " + neither);
		}
	}

	/** n, the number of units. */
	public int units() {
		return both + firstOnly + secondOnly + neither;
	}

	/** pₒ, the share of units on which the coders agree. */
	public double observedAgreement() {
		return (double) (both + neither) / units();
	}

	/** pₑ, the agreement expected by chance. */
	public double expectedAgreement() {
		return (double) chanceTimesUnitsSquared() / ((long) units() * units());
	}

	/** κ, or null when the agreement expected by chance is 1. */
	public Double kappa() {
		long n = units();
		long chance = chanceTimesUnitsSquared();
		if (chance == n * n) {
			return null;
		}
		// (pₒ − pₑ) / (1 − pₑ), both sides multiplied by n², so that pₑ = 1 is found exactly
		return (double) (n * (both + neither) - chance) / (n * n - chance);
	}

	/** pₑ · n² = (first present)(second present) + (first absent)(second absent). */
	private long chanceTimesUnitsSquared() {
		long firstPresent = both + firstOnly;
		long secondPresent = both + secondOnly;
		long n = units();
		return firstPresent * secondPresent + (n - firstPresent) * (n - secondPresent);
	}
}
