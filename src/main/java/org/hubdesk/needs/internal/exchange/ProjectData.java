package org.hubdesk.needs.internal.exchange;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a REFI-QDA project file holds of a hub's needs assessment: its coders, its codebook (written in
 * one language) and its interviews with their codings. Lists are copied and cannot change.
 * @param name the project's name, e.g. the hub's
 * @param language the hub language the codebook's names are written in
 */
public record ProjectData(String name, String language, List<Coder> coders, List<CodeNode> codebook,
		List<Source> sources) {

	public ProjectData {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(language, "language");
		coders = List.copyOf(coders);
		codebook = List.copyOf(codebook);
		sources = List.copyOf(sources);
	}

	/** A person who codes, a {@code User} of the project. */
	public record Coder(UUID guid, String name) {

		public Coder {
			Objects.requireNonNull(guid, "guid");
			Objects.requireNonNull(name, "name");
		}
	}

	/**
	 * An interview as a plain-text source.
	 * @param name what the tools show: the interviewee's pseudonym where the interview is anonymous
	 * @param text the interview's text, as the offsets of its selections count it
	 */
	public record Source(UUID guid, String name, String text, List<Selection> selections) {

		public Source {
			Objects.requireNonNull(guid, "guid");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(text, "text");
			selections = List.copyOf(selections);
		}
	}

	/**
	 * A coded passage of a source: a highlight with the themes one coder applied to it.
	 * @param start the first UTF-16 code unit of the passage, as Hubdesk keeps it
	 * @param end the UTF-16 code unit after the passage
	 * @param coder the coder's GUID, one of the project's coders
	 * @param themes the GUIDs of the themes applied, each in the codebook
	 */
	public record Selection(UUID guid, int start, int end, UUID coder, List<UUID> themes) {

		public Selection {
			Objects.requireNonNull(guid, "guid");
			Objects.requireNonNull(coder, "coder");
			if (start < 0 || end < start) {
				throw new IllegalArgumentException("A selection runs from " + start + " to " + end);
			}
			themes = List.copyOf(themes);
		}
	}
}
