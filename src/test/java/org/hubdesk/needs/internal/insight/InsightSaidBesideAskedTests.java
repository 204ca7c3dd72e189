package org.hubdesk.needs.internal.insight;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.hubdesk.needs.internal.insight.InsightFixtures.insights;

/** Said beside asked: the share of interviews beside the share of requests in a period. */
class InsightSaidBesideAskedTests {

	static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");

	static final List<RequestFacts> REQUESTS = List.of(request(1, "2026-01-15T10:00:00Z", 2L), // → {1,2}
			request(2, "2026-02-01T00:00:00Z", 3L, 6L), // → {1,3,6}
			request(3, "2026-03-31T23:59:59Z", 5L), // → {4,5}
			request(4, "2026-04-01T00:00:00Z", 6L), // at the end of the period: out
			request(5, "2025-12-31T23:59:59Z", 4L), // before it: out
			request(6, "2026-01-01T00:00:00Z", 2L)); // at its start: in, → {1,2}

	@Test
	void theGapIsTheInterviewShareLessTheRequestShareSortedByItsSize() {
		List<SaidBesideAsked> rows = insights().saidBesideAsked(REQUESTS, FROM, TO);
		System.out.println("said beside asked: " + rows);

		// 5 interviews; requests in the period: 1, 2, 3 and 6 = 4
		//   theme  interviews      requests        gap
		//   1      4/5 = 80 %      1 2 6: 3/4 = 75 %   +5
		//   2      2/5 = 40 %      1 6:   2/4 = 50 %  −10
		//   3      3/5 = 60 %      2:     1/4 = 25 %  +35
		//   4      2/5 = 40 %      3:     1/4 = 25 %  +15
		//   5      2/5 = 40 %      3:     1/4 = 25 %  +15
		//   6      4/5 = 80 %      2:     1/4 = 25 %  +55   (request 4 would have made it 2/5)
		//   7      1/5 = 20 %      0/4 =  0 %          +20
		// by |gap|: 55, 35, 20, 15 (4 before 5), 15, 10 (−10 before +5), 5
		assertThat(rows).extracting(SaidBesideAsked::themeId, SaidBesideAsked::interviews, SaidBesideAsked::requests,
				SaidBesideAsked::gapPoints)
			.containsExactly(tuple(6L, 4, 1, 55.0), tuple(3L, 3, 1, 35.0), tuple(7L, 1, 0, 20.0),
					tuple(4L, 2, 1, 15.0), tuple(5L, 2, 1, 15.0), tuple(2L, 2, 2, -10.0), tuple(1L, 4, 3, 5.0));
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.interviewTotal()).isEqualTo(5);
			assertThat(row.requestTotal()).isEqualTo(4);
		});
		assertThat(rows.get(0).interviewShare()).isEqualTo(0.8);
		assertThat(rows.get(0).requestShare()).isEqualTo(0.25);
	}

	@Test
	void withNoRequestInThePeriodTheRequestSharesAreZero() {
		List<SaidBesideAsked> rows = insights().saidBesideAsked(REQUESTS, TO.plusSeconds(1), TO.plusSeconds(2));

		// every gap is the interview share: 1 and 6 (80), 3 (60), 2 4 5 (40), 7 (20)
		assertThat(rows).extracting(SaidBesideAsked::themeId, SaidBesideAsked::gapPoints)
			.containsExactly(tuple(1L, 80.0), tuple(6L, 80.0), tuple(3L, 60.0), tuple(2L, 40.0), tuple(4L, 40.0),
					tuple(5L, 40.0), tuple(7L, 20.0));
		assertThat(rows).allSatisfy(row -> assertThat(row.requestTotal()).isZero());
		assertThatIllegalArgumentException().isThrownBy(() -> insights().saidBesideAsked(REQUESTS, TO, FROM));
	}

	static RequestFacts request(long id, String submittedAt, Long... needs) {
		return new RequestFacts(id, Instant.parse(submittedAt), Set.of(needs));
	}
}
