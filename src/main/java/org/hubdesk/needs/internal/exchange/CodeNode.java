package org.hubdesk.needs.internal.exchange;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A theme of a codebook as the exchange sees it: its GUID (the identity it keeps in every tool), its
 * name and description per language ({@code "en"} to text), and its children in order. Maps and list
 * are copied and cannot change.
 */
public record CodeNode(UUID guid, Map<String, String> names, Map<String, String> descriptions,
		List<CodeNode> children) {

	public CodeNode {
		Objects.requireNonNull(guid, "guid");
		names = Map.copyOf(names);
		descriptions = Map.copyOf(descriptions);
		children = List.copyOf(children);
	}

	/** The same theme with other children. */
	public CodeNode withChildren(List<CodeNode> newChildren) {
		return new CodeNode(guid, names, descriptions, newChildren);
	}
}
