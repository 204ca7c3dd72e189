/**
 * The shared user interface: layout, navigation, language choice, times in the viewer's zone,
 * and error pages (HTML, or RFC 9457 problem details under {@code /api/}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.hubdesk.web;
