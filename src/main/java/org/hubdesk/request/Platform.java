package org.hubdesk.request;

import org.springframework.modulith.NamedInterface;

/** The Wikimedia platforms a request's content is meant for. */
@NamedInterface("api")
public enum Platform {
	COMMONS, WIKIPEDIA, WIKIDATA, WIKISOURCE, OTHER;

	public String messageKey() {
		return "request.platform." + name();
	}
}
