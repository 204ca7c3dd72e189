package org.hubdesk.needs.internal.insight;

import java.util.Objects;
import java.util.Set;

/**
 * A highlight: a passage of an interview that one coder coded with one or more themes.
 *
 * @param id the highlight's id
 * @param interviewId the interview it is in
 * @param coderId the person who coded it
 * @param themeIds the themes applied to it, at least one
 * @param blind whether the coder coded the interview blind, without seeing others' codings
 * @param text the highlighted text
 */
public record HighlightFacts(long id, long interviewId, long coderId, Set<Long> themeIds, boolean blind,
		String text) {

	public HighlightFacts {
		themeIds = Set.copyOf(themeIds);
		if (themeIds.isEmpty()) {
			throw new IllegalArgumentException("Highlight " + id + " has no theme");
		}
		text = Objects.requireNonNullElse(text, "");
	}
}
