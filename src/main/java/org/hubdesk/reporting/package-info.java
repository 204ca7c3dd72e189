/**
 * Dashboards, charts and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.hubdesk.reporting;
