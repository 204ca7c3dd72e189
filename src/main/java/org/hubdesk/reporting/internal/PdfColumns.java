package org.hubdesk.reporting.internal;

/**
 * Shares a table's width between its columns by what they hold. A column whose widest text fits in its
 * fair share gets just that (numbers and short words are never wrapped); the others share what is left
 * in proportion to their widest texts, and wrap. When every column fits, all grow in proportion to fill
 * the width.
 *
 * @param width the table's width
 * @param padding the room a cell takes beside its text
 */
record PdfColumns(float width, float padding) {

	/** The columns' widths, adding up to the table's, from the width of each column's widest text. */
	float[] widths(float[] widestTexts) {
		int count = widestTexts.length;
		float[] natural = new float[count];
		for (int c = 0; c < count; c++) {
			natural[c] = Math.max(widestTexts[c], 1) + padding;
		}
		float[] widths = new float[count];
		boolean[] fixed = new boolean[count];
		float left = width;
		int open = count;
		boolean changed = true;
		while (changed && open > 0) {
			changed = false;
			float share = left / open;
			for (int c = 0; c < count; c++) {
				if (!fixed[c] && natural[c] <= share) {
					fixed[c] = true;
					widths[c] = natural[c];
					left -= natural[c];
					open--;
					changed = true;
				}
			}
		}
		if (open == 0) {
			float total = (float) sum(natural);
			for (int c = 0; c < count; c++) {
				widths[c] = natural[c] / total * width;
			}
			return widths;
		}
		float wide = 0;
		for (int c = 0; c < count; c++) {
			wide += fixed[c] ? 0 : natural[c];
		}
		for (int c = 0; c < count; c++) {
			if (!fixed[c]) {
				widths[c] = natural[c] / wide * left;
			}
		}
		return widths;
	}

	private static double sum(float[] values) {
		double sum = 0;
		for (float value : values) {
			sum += value;
		}
		return sum;
	}
}
