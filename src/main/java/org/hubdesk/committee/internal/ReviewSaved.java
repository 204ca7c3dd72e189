package org.hubdesk.committee.internal;

/** A member saved their review of a request (published when it is committed to, heard after). */
record ReviewSaved(long hubId, long requestId) {
}
