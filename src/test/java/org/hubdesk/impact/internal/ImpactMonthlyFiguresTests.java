package org.hubdesk.impact.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubdesk.wikimedia.CommonsFile;
import org.hubdesk.wikimedia.FileUse;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures across targets at each month's end: each target's latest snapshot on or before the month's
 * end counts, a file or page in two targets counts once, uses on Commons never count, and what a
 * snapshot was counted from survives being stored.
 */
class ImpactMonthlyFiguresTests {

	@Test
	void eachMonthCountsEachTargetsLatestSnapshotByItsEndAndAFileInTwoTargetsOnce() {
		Snapshot a1 = snapshot(1, 1, "2026-01-10T08:00:00Z");
		Snapshot a2 = snapshot(2, 1, "2026-03-31T23:59:59Z");
		Snapshot b1 = snapshot(3, 2, "2026-02-01T00:00:00Z");
		Map<Long, SnapshotContents> contents = Map.of(
				1L, contents(Map.of("File:A.jpg", true, "File:B.jpg", false), Set.of("sv.wikipedia.org\tGotland")),
				2L, contents(Map.of("File:A.jpg", true, "File:B.jpg", true, "File:C.jpg", false),
						Set.of("sv.wikipedia.org\tGotland", "en.wikipedia.org\tVisby")),
				3L, contents(Map.of("File:B.jpg", false, "File:D.jpg", true), Set.of("www.wikidata.org\tQ42")));

		List<MonthlyFigures.Month> months = MonthlyFigures.across(List.of(a2, b1, a1), contents, YearMonth.of(2026, 4), 24);

		assertThat(months).extracting(MonthlyFigures.Month::month).containsExactly(YearMonth.of(2026, 1),
				YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
		// January: a1 alone; February: a1 and b1 (B counted once, in use in neither); March and April: a2 and b1
		assertThat(months.get(0)).isEqualTo(new MonthlyFigures.Month(YearMonth.of(2026, 1), 2, 1, 1, 1));
		assertThat(months.get(1)).isEqualTo(new MonthlyFigures.Month(YearMonth.of(2026, 2), 3, 2, 2, 2));
		assertThat(months.get(2)).isEqualTo(new MonthlyFigures.Month(YearMonth.of(2026, 3), 4, 3, 3, 3));
		assertThat(months.get(3)).isEqualTo(new MonthlyFigures.Month(YearMonth.of(2026, 4), 4, 3, 3, 3));
		assertThat(MonthlyFigures.across(List.of(a1, a2, b1), contents, YearMonth.of(2026, 4), 2))
			.extracting(MonthlyFigures.Month::month).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
	}

	@Test
	void onlyTheLatestSnapshotOfEachTargetsMonthIsKeptForCounting() {
		Snapshot early = snapshot(1, 1, "2026-05-02T10:00:00Z");
		Snapshot late = snapshot(2, 1, "2026-05-20T10:00:00Z");
		Snapshot other = snapshot(3, 2, "2026-05-03T10:00:00Z");
		Snapshot june = snapshot(4, 1, "2026-06-01T00:00:00Z");
		assertThat(MonthlyFigures.monthLatest(List.of(early, late, other, june))).containsExactlyInAnyOrder(2L, 3L, 4L);
	}

	@Test
	void usesOnCommonsNeverCountAndTheContentsSurviveStorage() {
		CommonsFile used = file("File:Harbour.jpg", new FileUse("sv.wikipedia.org", "Visby", 0, "https://sv.wikipedia.org/wiki/Visby"),
				new FileUse("commons.wikimedia.org", "Commons:Maps", 4, "https://commons.wikimedia.org/wiki/Commons:Maps"));
		CommonsFile onlyCommons = file("File:Tab\there.jpg",
				new FileUse("commons.wikimedia.org", "Category:Maps", 14, "https://commons.wikimedia.org/wiki/Category:Maps"));
		SnapshotContents read = SnapshotContents.of(List.of(used, onlyCommons));
		assertThat(read.files()).containsEntry("File:Harbour.jpg", true).containsEntry("File:Tab\there.jpg", false);
		assertThat(read.pages()).containsExactly("sv.wikipedia.org\tVisby");

		SnapshotContents back = SnapshotContents.read(read.compressed());
		assertThat(back.files()).containsOnlyKeys("File:Harbour.jpg", "File:Tab here.jpg")
			.containsEntry("File:Harbour.jpg", true);
		assertThat(back.pages()).isEqualTo(read.pages());
		assertThat(back.wikis()).containsExactly("sv.wikipedia.org");
	}

	private static CommonsFile file(String title, FileUse... uses) {
		return new CommonsFile(title, 1, null, null, "image/jpeg", 1, null, List.of(uses));
	}

	private static SnapshotContents contents(Map<String, Boolean> files, Set<String> pages) {
		return new SnapshotContents(files, pages);
	}

	private static Snapshot snapshot(long id, long target, String at) {
		Snapshot s = Snapshot.ofCategory(target, Instant.parse(at), 0, 0, null, 0, 0, 0, "[]");
		ReflectionTestUtils.setField(s, "id", id);
		return s;
	}
}
