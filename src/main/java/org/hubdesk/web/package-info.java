/**
 * The shell around every page, knowing no feature: layout and the navigation the modules
 * contribute, language choice, times in the viewer's zone, every module's message bundles read
 * together, and the one place refusals become answers (the error page in the person's language,
 * or RFC 9457 problem details under {@code /api/}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.hubdesk.web;
