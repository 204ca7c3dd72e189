/**
 * People and sign-in: local accounts and Wikimedia accounts (OAuth 2.0, keyed on the profile's
 * {@code sub}), a person's language, time zone, country and declared affiliations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.hubdesk.identity;
