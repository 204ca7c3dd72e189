/**
 * The expert committee: rubric, independent reviews, conflicts of interest, decisions, the explainable ranking and the public decision log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Committee")
package org.hubdesk.committee;
