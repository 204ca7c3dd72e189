/**
 * Requests: intake, lifecycle, messages, attachments and the desk.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package org.hubdesk.request;
