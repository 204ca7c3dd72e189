/**
 * The committee's REST API under {@code /api/v1/hubs/{slug}/committee}: the public rubric and
 * decision log, meetings and their agendas, the members' queue, reviews, conflicts of interest, the
 * discussion, votes and decisions. Each call is authorized as the committee's pages are: what a
 * caller sees of a review is {@code Sight}'s to say, and a request the caller may not know of the
 * committee's work on answers 404.
 */
package org.hubdesk.committee.internal.api;
