/**
 * Canned replies: a hub's reusable answers in each of its languages, kept by staff and inserted
 * into a reply before it is sent.
 */
package org.hubdesk.request.canned;
