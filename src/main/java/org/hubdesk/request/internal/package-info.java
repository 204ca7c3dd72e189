/**
 * What the request module keeps to itself: repositories, request numbers, the reminder job, intake
 * from the form and the API, the request's notification and timeline kinds, and the demo data.
 */
package org.hubdesk.request.internal;
