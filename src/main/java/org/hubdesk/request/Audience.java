package org.hubdesk.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubdesk.hub.HubViewer;
import org.springframework.modulith.NamedInterface;

/**
 * Who may see an entry on a request's timeline, among those who read the request. A module that
 * needs a narrower audience (the committee, say) adds a value here with the rule that admits it.
 */
@NamedInterface({ "api", "spi" })
public enum Audience {

	/** Everyone who reads the request: its requesters and the hub's staff. */
	EVERYONE,
	/** The hub's staff only. */
	STAFF;

	/** Whether a reader of the request (who already may read it) sees entries for this audience. */
	public boolean admits(HubViewer viewer) {
		return switch (this) {
			case EVERYONE -> true;
			case STAFF -> viewer.isStaff();
		};
	}

	/** The audiences whose entries the viewer sees. */
	public static Set<Audience> seenBy(HubViewer viewer) {
		return Arrays.stream(values()).filter(a -> a.admits(viewer))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
	}

	/** The audiences of a reader who sees internal matters (the staff), or of one who does not. */
	public static Set<Audience> seenBy(boolean seesInternal) {
		return seesInternal ? EnumSet.allOf(Audience.class) : EnumSet.of(EVERYONE);
	}

	/** The audience of an entry that is internal, or not. */
	public static Audience of(boolean internal) {
		return internal ? STAFF : EVERYONE;
	}
}
