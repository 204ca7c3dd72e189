package org.hubdesk.wikimedia;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The figures of usefulness on the platforms, worked out by hand for small sets of files. */
class WikimediaUsageFiguresTests {

	@Test
	void noFilesHaveNoShare() {
		UsageFigures figures = UsageFigures.of(List.of());

		assertThat(figures).isEqualTo(new UsageFigures(0, 0, null, 0, 0, 0, List.of()));
	}

	@Test
	void theFiguresOfAFewFiles() {
		// a: en Stockholm (0), en Talk:Stockholm (1), sv Stockholm (0), Commons' main page (never counts)
		// b: en Stockholm (0), www.wikidata.org Q1754 (0)
		// c: only on Commons
		// d: nowhere
		// files 4, in use 2 (a, b), share 0.5; pages: en Stockholm, en Talk:Stockholm, sv Stockholm,
		// wikidata Q1754 = 4 on 3 wikis; main namespace uses: a 2 + b 2 = 4
		List<CommonsFile> files = List.of(
				file("File:A.jpg", use("en.wikipedia.org", "Stockholm", 0), use("en.wikipedia.org", "Talk:Stockholm", 1),
						use("sv.wikipedia.org", "Stockholm", 0), use("commons.wikimedia.org", "Main Page", 0)),
				file("File:B.jpg", use("en.wikipedia.org", "Stockholm", 0), use("www.wikidata.org", "Q1754", 0)),
				file("File:C.jpg", use("commons.wikimedia.org", "Commons:Village pump", 4)), file("File:D.jpg"));

		UsageFigures figures = UsageFigures.of(files);

		assertThat(figures.files()).isEqualTo(4);
		assertThat(figures.filesInUse()).isEqualTo(2);
		assertThat(figures.shareInUse()).isEqualTo(0.5);
		assertThat(figures.distinctPages()).isEqualTo(4);
		assertThat(figures.distinctWikis()).isEqualTo(3);
		assertThat(figures.mainNamespaceUses()).isEqualTo(4);
		assertThat(figures.topPages()).extracting(TopPage::wiki, TopPage::title, TopPage::namespace, TopPage::files)
			.containsExactly(tuple("en.wikipedia.org", "Stockholm", 0, 2), tuple("en.wikipedia.org", "Talk:Stockholm", 1, 1),
					tuple("sv.wikipedia.org", "Stockholm", 0, 1), tuple("www.wikidata.org", "Q1754", 0, 1));
		assertThat(figures.topPages().get(0).url()).isEqualTo("https://en.wikipedia.org/wiki/Stockholm");
	}

	@Test
	void aFileThatComesTwiceCountsOnceWithThePagesOfBoth() {
		// the same file from two categories, each knowing one of its pages; a page listed twice for a file counts once
		List<CommonsFile> files = List.of(file("File:A.jpg", use("de.wikipedia.org", "Berlin", 0)),
				file("File:A.jpg", use("fr.wikipedia.org", "Berlin", 0), use("de.wikipedia.org", "Berlin", 0)),
				file("File:B.jpg"));

		UsageFigures figures = UsageFigures.of(files);

		assertThat(figures.files()).isEqualTo(2);
		assertThat(figures.filesInUse()).isEqualTo(1);
		assertThat(figures.shareInUse()).isEqualTo(0.5);
		assertThat(figures.distinctPages()).isEqualTo(2);
		assertThat(figures.mainNamespaceUses()).isEqualTo(2);
		assertThat(figures.topPages()).extracting(TopPage::files).containsExactly(1, 1);
	}

	@Test
	void onlyUsesOnCommonsMakeNoFileInUse() {
		UsageFigures figures = UsageFigures.of(List.of(file("File:A.jpg", use("commons.wikimedia.org", "Main Page", 0),
				use("Commons.Wikimedia.org", "Category:Stockholm", 14))));

		assertThat(figures).isEqualTo(new UsageFigures(1, 0, 0.0, 0, 0, 0, List.of()));
	}

	@Test
	void theTopPagesAreTheTwentyShowingTheMostFilesTiesByWikiThenTitle() {
		// page "P00" on xx.wikipedia.org shows 3 files, "P01" on it 2, every other page 1;
		// 25 pages in all over the wikis aa, bb, cc
		List<CommonsFile> files = new ArrayList<>();
		files.add(file("File:Three 1.jpg", use("xx.wikipedia.org", "P00", 0)));
		files.add(file("File:Three 2.jpg", use("xx.wikipedia.org", "P00", 0), use("xx.wikipedia.org", "P01", 0)));
		files.add(file("File:Three 3.jpg", use("xx.wikipedia.org", "P00", 0), use("xx.wikipedia.org", "P01", 0)));
		String[] wikis = { "cc.wikipedia.org", "aa.wikipedia.org", "bb.wikipedia.org" };
		for (int i = 0; i < 23; i++) {
			files.add(file("File:One " + i + ".jpg", use(wikis[i % 3], String.format("Page %02d", i), 0)));
		}

		UsageFigures figures = UsageFigures.of(files);

		assertThat(figures.distinctPages()).isEqualTo(25);
		assertThat(figures.topPages()).hasSize(20);
		assertThat(figures.topPages()).extracting(TopPage::wiki, TopPage::title, TopPage::files).startsWith(
				tuple("xx.wikipedia.org", "P00", 3), tuple("xx.wikipedia.org", "P01", 2),
				tuple("aa.wikipedia.org", "Page 01", 1), tuple("aa.wikipedia.org", "Page 04", 1));
		// aa holds 8 pages (1, 4, …, 22), bb 7 (2, …, 20), cc 8 (0, …, 21): after aa's and bb's, cc's first three
		assertThat(figures.topPages().subList(2, 20)).extracting(TopPage::wiki)
			.containsExactly(repeat("aa.wikipedia.org", 8, "bb.wikipedia.org", 7, "cc.wikipedia.org", 3));
		assertThat(figures.topPages().get(19).title()).isEqualTo("Page 06");
	}

	private static String[] repeat(String first, int firstTimes, String second, int secondTimes, String third,
			int thirdTimes) {
		List<String> all = new ArrayList<>();
		for (int i = 0; i < firstTimes; i++) {
			all.add(first);
		}
		for (int i = 0; i < secondTimes; i++) {
			all.add(second);
		}
		for (int i = 0; i < thirdTimes; i++) {
			all.add(third);
		}
		return all.toArray(String[]::new);
	}

	static CommonsFile file(String title, FileUse... uses) {
		return new CommonsFile(title, title.hashCode(), null, null, "image/jpeg", 1, null, List.of(uses));
	}

	static FileUse use(String wiki, String title, int namespace) {
		return new FileUse(wiki, title, namespace, "https://" + wiki + "/wiki/" + title.replace(' ', '_'));
	}
}
