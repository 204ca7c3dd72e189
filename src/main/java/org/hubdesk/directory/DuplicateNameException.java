package org.hubdesk.directory;

/** Thrown when a directory entry would take a name that another entry already has. */
public class DuplicateNameException extends RuntimeException {

	public DuplicateNameException(String name) {
		super("A directory entry named '" + name + "' already exists");
	}
}
