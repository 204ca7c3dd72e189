package org.hubdesk.browser;

import java.util.List;

/**
 * The pages every layout and accessibility check covers, each as the person who would see it.
 * A new page joins the checks by being added here.
 */
final class CheckedPages {

	/** A page to open: its path, who opens it, and the HTTP status it answers with. */
	record CheckedPage(String path, Visitor visitor, int status) {

		CheckedPage(String path, Visitor visitor) {
			this(path, visitor, 200);
		}

		@Override
		public String toString() {
			return path + " as " + visitor.name().toLowerCase();
		}
	}

	static final List<CheckedPage> ALL = List.of(
			new CheckedPage("/", Visitor.ANONYMOUS),
			new CheckedPage("/hubs/content-partnerships", Visitor.ANONYMOUS),
			new CheckedPage("/hubs/content-partnerships", Visitor.ADMIN),
			new CheckedPage("/login", Visitor.ANONYMOUS),
			new CheckedPage("/directory", Visitor.ANONYMOUS),
			new CheckedPage("/hubs/nope", Visitor.ANONYMOUS, 404),
			new CheckedPage("/admin", Visitor.MEMBER, 403),
			new CheckedPage("/account", Visitor.MEMBER),
			new CheckedPage("/directory", Visitor.ADMIN),
			new CheckedPage("/admin", Visitor.ADMIN),
			new CheckedPage("/admin/hubs/content-partnerships", Visitor.ADMIN),
			new CheckedPage("/directory/affiliates/new", Visitor.ADMIN),
			new CheckedPage("/directory/thematic-groups/new", Visitor.ADMIN),
			new CheckedPage("/directory/institutions/new", Visitor.ADMIN),
			new CheckedPage("/hubs/content-partnerships/requests/new", Visitor.REQUESTER),
			new CheckedPage("/hubs/content-partnerships/requests/new", Visitor.STAFF),
			new CheckedPage("/hubs/content-partnerships/requests", Visitor.REQUESTER),
			// CP-1, the demo request being worked (milestones, hours, attachments section), filed by requester
			new CheckedPage("/hubs/content-partnerships/requests/1", Visitor.REQUESTER),
			new CheckedPage("/hubs/content-partnerships/requests/1", Visitor.STAFF),
			new CheckedPage("/hubs/content-partnerships/requests/1", Visitor.MEMBER, 404),
			// CP-5, a completed demo request with its outcome report
			new CheckedPage("/hubs/content-partnerships/requests/5", Visitor.REQUESTER),
			// usefulness on the platforms of CP-1 and CP-5 (the demo's eighteen months of snapshots), and the hub's rollup
			new CheckedPage("/hubs/content-partnerships/requests/1/impact", Visitor.REQUESTER),
			new CheckedPage("/hubs/content-partnerships/requests/1/impact", Visitor.STAFF),
			new CheckedPage("/hubs/content-partnerships/requests/5/impact/report", Visitor.REQUESTER),
			new CheckedPage("/hubs/content-partnerships/requests/1/impact", Visitor.MEMBER, 404),
			new CheckedPage("/hubs/content-partnerships/impact", Visitor.STAFF),
			new CheckedPage("/hubs/content-partnerships/desk", Visitor.STAFF),
			new CheckedPage("/hubs/content-partnerships/desk?view=waiting&region=SSA", Visitor.STAFF),
			new CheckedPage("/hubs/content-partnerships/desk", Visitor.REQUESTER, 403),
			new CheckedPage("/hubs/content-partnerships/desk/canned-replies", Visitor.STAFF),
			new CheckedPage("/notifications", Visitor.STAFF),
			new CheckedPage("/notifications", Visitor.REQUESTER),
			new CheckedPage("/hubs/content-partnerships/search?q=museum", Visitor.STAFF),
			new CheckedPage("/hubs/content-partnerships/search?q=kartor", Visitor.REQUESTER));

	private CheckedPages() {
	}
}
