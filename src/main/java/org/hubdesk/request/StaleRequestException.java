package org.hubdesk.request;

/** Thrown when a request changed since the person loaded it: their save would overwrite another's. */
public class StaleRequestException extends RuntimeException {

	public StaleRequestException() {
		super("The request was changed by someone else");
	}
}
