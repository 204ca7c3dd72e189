/**
 * The needs assessment: interviews with the movement's people, coded with the hub's needs codebook
 * (the same tree that tags every request's kinds of help), and the insights that read what people
 * said beside what they ask for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Needs assessment")
package org.hubdesk.needs;
