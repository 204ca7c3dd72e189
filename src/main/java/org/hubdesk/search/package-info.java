/**
 * The hub's search: one box over requests, messages and internal notes, affiliates, thematic groups
 * and people, in every language the hub uses, with who may see what inside every query. Each kind
 * of result is a {@link org.hubdesk.search.SearchKind} bean; the index maps the other modules'
 * entities here, so they carry no search concerns. It uses the request module only through
 * {@code request::api}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "shared", "directory", "identity", "hub", "request::api" })
package org.hubdesk.search;
