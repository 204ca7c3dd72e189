package org.hubdesk.needs.internal.insight;

import java.util.Objects;

/**
 * An interview, as the insights need it. Its codings come apart, as {@link HighlightFacts}.
 *
 * @param id the interview's id
 * @param affiliateId the interviewee's affiliate, or null when they have none
 * @param region the affiliate's region code, or null (the interview is then in no column by region)
 * @param affiliateType the affiliate's type, or null (the interview is then in no column by type)
 * @param consent what the interviewee agreed to about quotes
 * @param pseudonym the name an anonymous-only interviewee is quoted under
 * @param intervieweeName the interviewee's name, quoted only when the interview is quotable
 */
public record InterviewFacts(long id, Long affiliateId, String region, String affiliateType, Consent consent,
		String pseudonym, String intervieweeName) {

	public InterviewFacts {
		Objects.requireNonNull(consent, "consent");
	}
}
