package org.hubdesk.security;

import java.util.List;

import org.hubdesk.security.FuzzValues.Bad;
import org.hubdesk.security.FuzzValues.Kind;

/**
 * One thing the fuzz pass sends bad input to: a form found on a page, an API operation of the
 * OpenAPI description, or a mapped route; as one role, with the fields (and their good values)
 * that each case changes one at a time.
 *
 * @param source where it was found: a page's form, the API description, or the handler mappings
 * @param route the route it calls ("METHOD /pattern"), for the report
 * @param path the path with its variables filled in (and, for a form, its query)
 * @param json the good JSON body of an API operation (null when it takes none)
 * @param files the names of the file fields of a multipart form
 * @param typed whether it is a form a person types into: when it refuses, the text typed must come back
 */
record FuzzTarget(String source, Role role, String method, String route, String path, Encoding encoding,
		List<Field> fields, String json, List<String> files, boolean typed) {

	enum Encoding {
		QUERY, FORM, MULTIPART, JSON
	}

	/** A field, its kind, its good value, and whether a person types its text. */
	record Field(String name, Kind kind, Bad good, boolean typed) {
	}

	/** Its variables' names in the route, filled with other values by the path cases. */
	List<String> variables() {
		return Routes.variables(route);
	}

	/** The same target at another path. */
	FuzzTarget at(String otherPath) {
		return new FuzzTarget(source, role, method, route, otherPath, encoding, fields, json, files, typed);
	}
}
