package org.hubdesk.search.internal;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.ReadScope;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Component;

/** Internal notes on the hub's requests, for those whose scope reads them: the hub's staff. */
@Component
class NoteKind extends RequestMessageKind {

	NoteKind(ScopePredicates scopes, Requests requests) {
		super(scopes, requests, true);
	}

	@Override
	public String name() {
		return "note";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public boolean searchableBy(HubViewer viewer, ReadScope scope) {
		return scope.internalNotes();
	}
}
