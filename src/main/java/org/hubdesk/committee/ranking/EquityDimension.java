package org.hubdesk.committee.ranking;

/** The ways requesters are grouped when the equity of the help they received is measured. */
public enum EquityDimension {

	/** The affiliate the request is made for. */
	AFFILIATE,

	/** The region of the request. */
	REGION,

	/** The type of the affiliate the request is made for (chapter, user group…). */
	AFFILIATE_TYPE
}
