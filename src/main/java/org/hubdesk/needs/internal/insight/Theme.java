package org.hubdesk.needs.internal.insight;

/**
 * A theme of the codebook, as the insights need it: where it stands in the tree.
 *
 * @param id the theme's id (the hub's need)
 * @param parentId its parent's id, or null for a root theme
 */
public record Theme(long id, Long parentId) {

	/** A root theme. */
	public static Theme root(long id) {
		return new Theme(id, null);
	}

	/** A theme under another. */
	public static Theme child(long id, long parentId) {
		return new Theme(id, parentId);
	}
}
