package org.hubdesk.request;

import org.hubdesk.hub.HubViewer;
import org.springframework.modulith.NamedInterface;

/**
 * Who else reads a request's public part: a bean of this type lets a module show a request to
 * people beyond its requesters and the hub's staff (the committee's members, the requests on their
 * agenda). Such a reader sees the request's page, its public messages and public files, never an
 * internal note, and acts on nothing there: replying, withdrawing and the staff's work stay with
 * requesters and staff.
 */
@NamedInterface("spi")
public interface RequestReaders {

	/** Whether the viewer reads the public part of this submitted request of their hub. */
	boolean reads(HelpRequest request, HubViewer viewer);
}
