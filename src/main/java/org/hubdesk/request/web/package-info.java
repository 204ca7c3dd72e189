/**
 * The request pages: the form and drafts, My requests, a request's page with its timeline and the
 * panels other parts contribute, and the request entries of the hub's navigation.
 */
package org.hubdesk.request.web;
