package org.hubdesk.directory;

import org.hubdesk.shared.Refusal;

/** A directory entry would take a name that another entry already has: a refusal naming the field. */
public class DuplicateNameException extends Refusal {

	public DuplicateNameException(String name) {
		super("name", "validation.name-taken", name);
	}
}
