package org.hubdesk.request;

import org.hubdesk.shared.Refusal;
import org.springframework.modulith.NamedInterface;

/** Thrown when a request changed since the person loaded it: their save would overwrite another's (409). */
@NamedInterface("api")
public class StaleRequestException extends Refusal {

	public StaleRequestException() {
		super(Reason.CONFLICT, null, "api.error.stale.detail");
	}
}
