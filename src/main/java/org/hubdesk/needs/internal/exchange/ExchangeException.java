package org.hubdesk.needs.internal.exchange;

import org.hubdesk.shared.Refusal;

/**
 * A file offered for import is not what it says it is (not a codebook, too large, a code without a
 * GUID): a refusal of the uploaded file, with the message key that explains it and its arguments.
 * Nothing of such a file has been taken.
 */
public class ExchangeException extends Refusal {

	/** The form field of an uploaded file, the field a page shows the message next to. */
	public static final String FIELD = "file";

	public ExchangeException(String messageKey, Object... arguments) {
		super(FIELD, messageKey, arguments);
	}

	public String messageKey() {
		return getMessageKey();
	}

	public Object[] arguments() {
		return getArguments();
	}
}
