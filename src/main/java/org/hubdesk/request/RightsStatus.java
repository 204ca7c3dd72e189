package org.hubdesk.request;

import org.springframework.modulith.NamedInterface;

/** Whether the rights to the content are cleared for a free licence. */
@NamedInterface("api")
public enum RightsStatus {
	CLEARED, IN_NEGOTIATION, UNKNOWN;

	public String messageKey() {
		return "request.rights." + name();
	}
}
