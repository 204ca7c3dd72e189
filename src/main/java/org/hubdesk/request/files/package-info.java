/**
 * Attachments on disk: the store, the downloads (always as attachments) and uploads from the pages
 * and the API.
 */
package org.hubdesk.request.files;
