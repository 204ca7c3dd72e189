package org.hubdesk.needs.internal.insight;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A submitted request and the kinds of help it asks for. Drafts are not requests here: leave them out.
 *
 * @param id the request's id
 * @param submittedAt when it was submitted
 * @param needIds the themes (the hub's needs) it asks for
 */
public record RequestFacts(long id, Instant submittedAt, Set<Long> needIds) {

	public RequestFacts {
		Objects.requireNonNull(submittedAt, "submittedAt");
		needIds = Set.copyOf(needIds);
	}
}
