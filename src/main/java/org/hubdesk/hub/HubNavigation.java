package org.hubdesk.hub;

import java.util.List;

/**
 * What a module adds to the navigation of a hub's pages: a bean of this type gives the entries for
 * a viewer, by the roles they hold (a desk for staff, a rubric for the committee, …). The layout
 * shows every module's entries in their order.
 */
public interface HubNavigation {

	/** The entries for this viewer of the hub; none when the module serves none of their roles. */
	List<Entry> entries(HubViewer viewer);

	/**
	 * A link in the hub's navigation.
	 * @param labelKey the message key of its label
	 * @param path the absolute path it leads to
	 * @param order where it stands: lower first (the hub's page is 0, requests 10–30)
	 */
	record Entry(String labelKey, String path, int order) {
	}
}
