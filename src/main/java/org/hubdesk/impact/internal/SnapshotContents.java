package org.hubdesk.impact.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.hubdesk.wikimedia.CommonsFile;
import org.hubdesk.wikimedia.FileUse;

/**
 * What a category's snapshot was counted from: each distinct file with whether it is used outside
 * Commons, and each distinct page outside Commons that shows one (its wiki and title). Kept for the
 * latest snapshot of each month, so that figures across targets (a request's distinct files, the
 * hub's distinct pages and wikis) can be counted at each month's end without counting a file or a
 * page twice. Stored compressed: one line a file ({@code F}, 0 or 1, title) or page ({@code P}, wiki,
 * title), tab-separated (titles hold no tabs).
 *
 * @param files the files' titles, each with whether it is in use
 * @param pages the pages, as {@code wiki \t title}
 */
record SnapshotContents(Map<String, Boolean> files, Set<String> pages) {

	/** What these files were counted from. */
	static SnapshotContents of(Collection<CommonsFile> read) {
		Map<String, Boolean> files = new HashMap<>();
		Set<String> pages = new HashSet<>();
		for (CommonsFile file : read) {
			boolean used = files.getOrDefault(file.title(), false);
			for (FileUse use : file.uses()) {
				if (!use.onCommons()) {
					used = true;
					pages.add(use.wiki() + "\t" + use.title());
				}
			}
			files.put(file.title(), used);
		}
		return new SnapshotContents(files, pages);
	}

	/** The distinct wikis of the pages. */
	Set<String> wikis() {
		Set<String> wikis = new HashSet<>();
		pages.forEach(page -> wikis.add(page.substring(0, page.indexOf('\t'))));
		return wikis;
	}

	byte[] compressed() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
			StringBuilder line = new StringBuilder();
			for (Map.Entry<String, Boolean> file : files.entrySet()) {
				line.setLength(0);
				line.append("F\t").append(file.getValue() ? '1' : '0').append('\t').append(clean(file.getKey())).append('\n');
				zip.write(line.toString().getBytes(StandardCharsets.UTF_8));
			}
			for (String page : pages) {
				zip.write(("P\t" + page.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static SnapshotContents read(byte[] compressed) {
		Map<String, Boolean> files = new HashMap<>();
		Set<String> pages = new HashSet<>();
		String text;
		try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String line : text.split("\n")) {
			if (line.startsWith("F\t") && line.length() > 4) {
				files.put(line.substring(4), line.charAt(2) == '1');
			}
			else if (line.startsWith("P\t")) {
				pages.add(line.substring(2));
			}
		}
		return new SnapshotContents(files, pages);
	}

	private static String clean(String title) {
		return title.replace('\n', ' ').replace('\t', ' ');
	}
}
