package org.hubdesk.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a label into lines no wider than a width: between words, and inside a word only when the word
 * alone is wider than a line. Past the most lines allowed, the last line ends in an ellipsis.
 */
final class LabelLines {

	private static final String ELLIPSIS = "…";

	private final ToDoubleFunction<String> width;

	private final double maxWidth;

	private final int maxLines;

	/**
	 * @param width measures a text as it will be drawn
	 * @param maxWidth the width of a line
	 * @param maxLines the most lines a label takes
	 */
	LabelLines(ToDoubleFunction<String> width, double maxWidth, int maxLines) {
		if (maxLines < 1) {
			throw new IllegalArgumentException("at least one line");
		}
		this.width = width;
		this.maxWidth = maxWidth;
		this.maxLines = maxLines;
	}

	/** The label's lines, at least one. */
	List<String> wrap(String label) {
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String word : label.strip().split("\\s+")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (fits(longer)) {
				line = longer;
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line);
			}
			line = word;
			while (!fits(line)) {
				int cut = longestFitting(line);
				lines.add(line.substring(0, cut));
				line = line.substring(cut);
			}
		}
		lines.add(line);
		return lines.size() <= maxLines ? List.copyOf(lines) : shortened(lines);
	}

	private List<String> shortened(List<String> lines) {
		List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
		String last = kept.get(maxLines - 1);
		while (!last.isEmpty() && !fits(last + ELLIPSIS)) {
			last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
		}
		kept.set(maxLines - 1, last + ELLIPSIS);
		return List.copyOf(kept);
	}

	/** The length of the longest start of a text that fits on a line: at least one character. */
	private int longestFitting(String text) {
		int end = text.offsetByCodePoints(0, 1);
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			if (!fits(text.substring(0, next))) {
				break;
			}
			end = next;
		}
		return end;
	}

	private boolean fits(String text) {
		return width.applyAsDouble(text) <= maxWidth;
	}
}
