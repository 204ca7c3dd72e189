package org.hubdesk.wikimedia;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a category's usefulness on the platforms, as a snapshot keeps them:
 * <ul>
 * <li>{@code files}: the distinct files (by title);
 * <li>{@code filesInUse}: the files shown on at least one page of a wiki other than Commons (pages on
 * Commons never count, even when an API returns them);
 * <li>{@code shareInUse}: {@code filesInUse / files}, null when there are no files;
 * <li>{@code distinctPages}: the distinct (wiki, page title) pairs outside Commons that show any of
 * the files;
 * <li>{@code distinctWikis}: the distinct wikis among those pages;
 * <li>{@code mainNamespaceUses}: the (file, page) uses outside Commons whose page is in namespace 0;
 * <li>{@code topPages}: the {@value #TOP_PAGES} pages that show the most files, most first, ties in
 * order of wiki, then title.
 * </ul>
 */
public record UsageFigures(int files, int filesInUse, Double shareInUse, int distinctPages, int distinctWikis,
		int mainNamespaceUses, List<TopPage> topPages) {

	/** How many pages {@code topPages} holds at most. */
	public static final int TOP_PAGES = 20;

	private static final Comparator<Shown> MOST_FILES_FIRST = Comparator
		.comparingInt((Shown shown) -> -shown.files.size())
		.thenComparing(shown -> shown.page.wiki())
		.thenComparing(shown -> shown.page.title());

	public UsageFigures {
		topPages = List.copyOf(topPages);
	}

	/** The figures of what was read of a category. */
	public static UsageFigures of(CategoryUsage usage) {
		return of(usage.files());
	}

	/**
	 * The figures of these files; a file that comes more than once (by title, e.g. from two
	 * categories) counts once, with the pages of all its comings.
	 */
	public static UsageFigures of(Collection<CommonsFile> files) {
		Map<String, Set<Page>> pagesByFile = new LinkedHashMap<>();
		Map<Page, Shown> pages = new LinkedHashMap<>();
		for (CommonsFile file : files) {
			Set<Page> shownOn = pagesByFile.computeIfAbsent(file.title(), title -> new HashSet<>());
			for (FileUse use : file.uses()) {
				if (use.onCommons()) {
					continue;
				}
				Page page = new Page(use.wiki(), use.title());
				shownOn.add(page);
				pages.computeIfAbsent(page, p -> new Shown(p, use)).files.add(file.title());
			}
		}
		int inUse = 0;
		int mainNamespaceUses = 0;
		for (Set<Page> shownOn : pagesByFile.values()) {
			if (!shownOn.isEmpty()) {
				inUse++;
			}
			for (Page page : shownOn) {
				if (pages.get(page).use.inMainNamespace()) {
					mainNamespaceUses++;
				}
			}
		}
		Set<String> wikis = new HashSet<>();
		pages.keySet().forEach(page -> wikis.add(page.wiki()));
		int count = pagesByFile.size();
		return new UsageFigures(count, inUse, count == 0 ? null : (double) inUse / count, pages.size(), wikis.size(),
				mainNamespaceUses, top(pages.values()));
	}

	private static List<TopPage> top(Collection<Shown> pages) {
		List<Shown> sorted = new ArrayList<>(pages);
		sorted.sort(MOST_FILES_FIRST);
		return sorted.stream()
			.limit(TOP_PAGES)
			.map(shown -> new TopPage(shown.page.wiki(), shown.page.title(), shown.use.namespace(), shown.use.url(),
					shown.files.size()))
			.toList();
	}

	/** A page, known by its wiki and title. */
	private record Page(String wiki, String title) {
	}

	/** A page with the first use of it met (for its namespace and address) and the files it shows. */
	private static final class Shown {

		final Page page;
		final FileUse use;
		final Set<String> files = new HashSet<>();

		Shown(Page page, FileUse use) {
			this.page = page;
			this.use = use;
		}
	}
}
