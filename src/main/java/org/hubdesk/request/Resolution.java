package org.hubdesk.request;

import org.springframework.modulith.NamedInterface;

/** Why a request was closed straight from triage. */
@NamedInterface("api")
public enum Resolution {
	ANSWERED, OUT_OF_SCOPE, SPAM, DUPLICATE;

	public String messageKey() {
		return "request.resolution." + name();
	}
}
