/**
 * The directory: affiliates with their type, country, region and size, the installation-wide list of
 * regions and the region of every country, thematic groups (Wiki Loves Monuments, Wiki Loves Earth,
 * …) and partner institutions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.hubdesk.directory;
