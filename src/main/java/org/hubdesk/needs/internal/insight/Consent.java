package org.hubdesk.needs.internal.insight;

/** What an interviewee agreed to about being quoted. */
public enum Consent {

	/** Quoted under their name, with their affiliate. */
	QUOTABLE,

	/** Quoted under the interview's pseudonym only, with neither name nor affiliate. */
	ANONYMOUS_ONLY,

	/** Never quoted. */
	NOT_TO_BE_QUOTED
}
