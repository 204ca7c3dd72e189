package org.hubdesk.hub;

import java.util.ArrayList;
import java.util.List;

/** A node of a hub's needs codebook with its children, in order. */
public record NeedNode(Need need, List<NeedNode> children) {

	/** The nodes of a tree as one list, each followed by its children, for a select or a lookup. */
	public static List<NeedNode> flatten(List<NeedNode> nodes) {
		List<NeedNode> all = new ArrayList<>();
		for (NeedNode node : nodes) {
			all.add(node);
			all.addAll(flatten(node.children()));
		}
		return all;
	}
}
