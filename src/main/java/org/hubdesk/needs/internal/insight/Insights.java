package org.hubdesk.needs.internal.insight;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The insights of a hub's coded interviews: built once from the codebook, the interviews and their
 * highlights, then asked for each table. Every highlight is counted, whoever coded it and whether
 * blind or not, except in the agreement between coders, which reads blind codings only.
 * <p>
 * A highlight in an interview that is not given, or with a theme that is not in the codebook, and an
 * interview given twice are refused.
 */
public final class Insights {

	private final Codebook codebook;

	private final Map<Long, InterviewFacts> interviews = new LinkedHashMap<>();

	private final List<HighlightFacts> highlights;

	private final Map<Long, Set<Long>> highlightThemes = new LinkedHashMap<>();

	private final Map<Long, Set<Long>> mentioned = new LinkedHashMap<>();

	private Insights(Codebook codebook, Collection<InterviewFacts> interviews, Collection<HighlightFacts> highlights) {
		this.codebook = codebook;
		this.highlights = List.copyOf(highlights);
		for (InterviewFacts interview : interviews) {
			if (this.interviews.put(interview.id(), interview) != null) {
				throw new IllegalArgumentException("Interview " + interview.id() + " is given twice");
			}
			mentioned.put(interview.id(), new HashSet<>());
		}
		for (HighlightFacts highlight : this.highlights) {
			Set<Long> themes = mentioned.get(highlight.interviewId());
			if (themes == null) {
				throw new IllegalArgumentException("Highlight " + highlight.id() + " is in interview "
						+ highlight.interviewId() + ", which is not given");
			}
			Set<Long> closed = codebook.withAncestors(highlight.themeIds());
			if (highlightThemes.put(highlight.id(), closed) != null) {
				throw new IllegalArgumentException("Highlight " + highlight.id() + " is given twice");
			}
			themes.addAll(closed);
		}
	}

	/** The insights of these interviews and their highlights, read with this codebook. */
	public static Insights of(Codebook codebook, Collection<InterviewFacts> interviews,
			Collection<HighlightFacts> highlights) {
		return new Insights(codebook, interviews, highlights);
	}

	/** Each theme's frequency, in the codebook's order; see {@link ThemeFrequency}. */
	public List<ThemeFrequency> frequencies() {
		return ThemeFrequency.of(this);
	}

	/** Theme × region: the interviews that mention each theme by their affiliate's region. */
	public CrossTab byRegion() {
		return CrossTab.of(this, InterviewFacts::region);
	}

	/** Theme × affiliate type: the interviews that mention each theme by their affiliate's type. */
	public CrossTab byAffiliateType() {
		return CrossTab.of(this, InterviewFacts::affiliateType);
	}

	/** The pairs of themes mentioned in the same interviews; see {@link CoOccurrence}. */
	public List<CoOccurrence> coOccurrences() {
		return CoOccurrence.of(this);
	}

	/** Up to {@code perTheme} quotes for each theme, in the codebook's order; see {@link ThemeQuotes}. */
	public List<ThemeQuotes> quotes(int perTheme) {
		return ThemeQuotes.of(this, perTheme);
	}

	/**
	 * What was said beside what is asked, for the requests submitted from {@code from} (included) to
	 * {@code to} (excluded); see {@link SaidBesideAsked}.
	 */
	public List<SaidBesideAsked> saidBesideAsked(Collection<RequestFacts> requests, Instant from, Instant to) {
		return SaidBesideAsked.of(this, requests, from, to);
	}

	/** The agreement of each pair of coders who coded an interview blind; see {@link CoderAgreement}. */
	public List<CoderAgreement> agreement() {
		return CoderAgreement.of(this);
	}

	Codebook codebook() {
		return codebook;
	}

	Collection<InterviewFacts> interviews() {
		return interviews.values();
	}

	InterviewFacts interview(long id) {
		return interviews.get(id);
	}

	List<HighlightFacts> highlights() {
		return highlights;
	}

	/** The highlight's themes and their ancestors. */
	Set<Long> themesOf(HighlightFacts highlight) {
		return highlightThemes.get(highlight.id());
	}

	/** Whether the interview mentions the theme: one of its highlights has it or a descendant. */
	boolean mentions(InterviewFacts interview, long theme) {
		return mentioned.get(interview.id()).contains(theme);
	}

	/** The themes the interview mentions. */
	Set<Long> mentioned(InterviewFacts interview) {
		return mentioned.get(interview.id());
	}
}
