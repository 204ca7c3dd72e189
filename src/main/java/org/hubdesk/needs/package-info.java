/**
 * Needs assessment: interviews, the codebook, coding, memos and insights.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Needs assessment")
package org.hubdesk.needs;
