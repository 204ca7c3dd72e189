/**
 * The staff's work on a request from its page: effort and summary, tags, milestones, hours, the
 * outcome report and splitting, and the panel that shows it.
 */
package org.hubdesk.request.work;
