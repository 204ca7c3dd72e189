package org.hubdesk.request;

/** The Wikimedia platforms a request's content is meant for. */
public enum Platform {
	COMMONS, WIKIPEDIA, WIKIDATA, WIKISOURCE, OTHER;

	public String messageKey() {
		return "request.platform." + name();
	}
}
