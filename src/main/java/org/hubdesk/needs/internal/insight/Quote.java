package org.hubdesk.needs.internal.insight;

/**
 * A quote from an interview. An anonymous-only interviewee is quoted under the interview's pseudonym,
 * with neither name nor affiliate; a quotable one under their name (or the pseudonym when the name is
 * missing) with their affiliate.
 *
 * @param highlightId the highlight quoted
 * @param interviewId its interview
 * @param text the highlighted text, without leading and trailing white space
 * @param speaker the interviewee's name, or the pseudonym when anonymous
 * @param anonymous whether the interview is anonymous-only
 * @param affiliateId the interviewee's affiliate, always null when anonymous
 */
public record Quote(long highlightId, long interviewId, String text, String speaker, boolean anonymous,
		Long affiliateId) {

	/** The quote of this highlight from this interview, which must not be one that is not to be quoted. */
	static Quote of(HighlightFacts highlight, InterviewFacts interview) {
		String text = highlight.text().strip();
		return switch (interview.consent()) {
			case QUOTABLE -> new Quote(highlight.id(), interview.id(), text,
					interview.intervieweeName() != null ? interview.intervieweeName() : interview.pseudonym(), false,
					interview.affiliateId());
			case ANONYMOUS_ONLY -> new Quote(highlight.id(), interview.id(), text, interview.pseudonym(), true, null);
			case NOT_TO_BE_QUOTED -> throw new IllegalArgumentException(
					"Interview " + interview.id() + " is not to be quoted");
		};
	}
}
