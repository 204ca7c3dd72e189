/**
 * The requests REST API under {@code /api/v1/hubs/{slug}/requests}: create, list, read and change
 * requests, work them and post messages, answered as the page shows the caller.
 */
package org.hubdesk.request.api;
