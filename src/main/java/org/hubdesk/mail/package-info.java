/**
 * Inbound and outbound mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.hubdesk.mail;
