package org.hubdesk.request;

/** Why a request was closed straight from triage. */
public enum Resolution {
	ANSWERED, OUT_OF_SCOPE, SPAM, DUPLICATE;

	public String messageKey() {
		return "request.resolution." + name();
	}
}
