package org.hubdesk.needs.internal.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What was said beside what is asked, for one theme: the share of all interviews (coded or not) that
 * mention it, beside the share of the requests submitted in a period (its start included, its end
 * not) that ask for it or a descendant. The gap is the interview share − the request share, in
 * percentage points: positive when people said it more than they ask for it. With no interview, or
 * no request in the period, that side's share is 0 (the totals say why).
 * <p>
 * The rows are sorted by the gap's absolute value, largest first, equal ones by theme id. The gaps are
 * compared exactly (as fractions over the same denominator), not as rounded numbers.
 *
 * @param themeId the theme
 * @param interviews the interviews that mention it
 * @param interviewTotal all the interviews
 * @param interviewShare interviews / interviewTotal, from 0 to 1
 * @param requests the requests in the period that ask for it or a descendant
 * @param requestTotal all the requests in the period
 * @param requestShare requests / requestTotal, from 0 to 1
 * @param gapPoints (interviewShare − requestShare) × 100
 */
public record SaidBesideAsked(long themeId, int interviews, int interviewTotal, double interviewShare, int requests,
		int requestTotal, double requestShare, double gapPoints) {

	static List<SaidBesideAsked> of(Insights insights, Collection<RequestFacts> requests, Instant from, Instant to) {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("The period from " + from + " to " + to + " is empty");
		}
		List<Set<Long>> asked = requests.stream()
			.filter(request -> !request.submittedAt().isBefore(from) && request.submittedAt().isBefore(to))
			.map(request -> insights.codebook().withAncestors(request.needIds()))
			.toList();
		int interviewTotal = insights.interviews().size();
		int requestTotal = asked.size();
		long interviewScale = Math.max(interviewTotal, 1);
		long requestScale = Math.max(requestTotal, 1);
		List<Gap> gaps = new ArrayList<>();
		for (long theme : insights.codebook().ids()) {
			int said = (int) insights.interviews().stream().filter(i -> insights.mentions(i, theme)).count();
			int wanted = (int) asked.stream().filter(needs -> needs.contains(theme)).count();
			// said / interviewScale − wanted / requestScale, over the denominator common to every theme
			long numerator = said * requestScale - wanted * interviewScale;
			double gapPoints = 100.0 * numerator / (interviewScale * requestScale);
			gaps.add(new Gap(Math.abs(numerator), new SaidBesideAsked(theme, said, interviewTotal,
					(double) said / interviewScale, wanted, requestTotal, (double) wanted / requestScale, gapPoints)));
		}
		return gaps.stream()
			.sorted(Comparator.comparingLong(Gap::size).reversed().thenComparingLong(gap -> gap.row().themeId()))
			.map(Gap::row)
			.toList();
	}

	private record Gap(long size, SaidBesideAsked row) {
	}
}
