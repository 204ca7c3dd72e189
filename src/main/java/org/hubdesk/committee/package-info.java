/**
 * The expert committee: who the hub helps first, decided by principles the committee sets itself.
 * Its rubric (criteria, scales and weights, in versions), meetings and their agendas, conflicts of
 * interest, members' independent scores, the discussion, votes and decisions, and the priority
 * ranking that can say why each request stands where it does.
 * <p>
 * The committee moves requests only through the request module's API ({@code Requests.move} as
 * {@code Mover.COMMITTEE}), takes the decisions after review from the hub's staff when the hub gives
 * them to it ({@code ReservedMoves}), and shows itself on a request's page through a
 * {@code RequestPanel} and in the hub's navigation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert committee")
package org.hubdesk.committee;
