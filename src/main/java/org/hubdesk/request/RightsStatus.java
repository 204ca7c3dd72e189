package org.hubdesk.request;

/** Whether the rights to the content are cleared for a free licence. */
public enum RightsStatus {
	CLEARED, IN_NEGOTIATION, UNKNOWN;

	public String messageKey() {
		return "request.rights." + name();
	}
}
