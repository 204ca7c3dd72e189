package org.hubdesk.impact;

import java.time.Instant;

/**
 * A target of a request has new figures: its snapshot was taken.
 *
 * @param hubId the request's hub
 * @param requestId the request whose target it is
 * @param targetId the target
 * @param snapshotId the new snapshot
 * @param takenAt when it was taken
 * @param files how many files the target counts now (items found, for Wikidata items)
 * @param filesInUse how many of them are used outside Commons (items with an image, for Wikidata items)
 */
public record SnapshotTaken(long hubId, long requestId, long targetId, long snapshotId, Instant takenAt, int files,
		int filesInUse) {
}
