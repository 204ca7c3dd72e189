package org.hubdesk.needs.internal.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Puts a codebook read from a file (in one language) back into the tree it came from, by GUID.
 * <ul>
 * <li>The structure follows the file: its themes in its order, under the parents it gives them.</li>
 * <li>A theme the tree has keeps its labels in every other language; the file's name and description
 * become its label in the file's language. A label the file holds unchanged from what the export
 * wrote (another language's label when this one had none, see {@link QdcCodebook#label}) is not
 * taken as a translation, and nothing changes.</li>
 * <li>A theme new to the tree comes in with its GUID and the file's labels.</li>
 * <li>A theme the file leaves out stays, under its old parent when that parent is in the file and at
 * the top otherwise: an import never deletes a theme, since codings and requests may use it.</li>
 * </ul>
 */
final class CodebookMerge {

	private CodebookMerge() {
	}

	static List<CodeNode> merge(List<CodeNode> existing, List<CodeNode> imported, String language) {
		Map<UUID, CodeNode> before = new HashMap<>();
		index(existing, before);
		Map<UUID, Draft> drafts = new LinkedHashMap<>();
		List<Draft> roots = new ArrayList<>();
		for (CodeNode node : imported) {
			roots.add(draft(node, before, language, drafts));
		}
		Set<UUID> inFile = drafts.keySet();
		keepLeftOut(existing, null, inFile, drafts, roots);
		return roots.stream().map(Draft::build).toList();
	}

	/** Adds the themes the file leaves out, each where its old parent now is. */
	private static void keepLeftOut(List<CodeNode> nodes, UUID parent, Set<UUID> inFile, Map<UUID, Draft> drafts,
			List<Draft> roots) {
		for (CodeNode node : nodes) {
			boolean parentPlaced = parent == null || inFile.contains(parent);
			if (!inFile.contains(node.guid()) && parentPlaced) {
				Draft kept = new Draft(node.guid(), node.names(), node.descriptions());
				kept.children.addAll(leftOut(node.children(), inFile));
				(parent == null ? roots : drafts.get(parent).children).add(kept);
			}
			keepLeftOut(node.children(), node.guid(), inFile, drafts, roots);
		}
	}

	/** The themes among these (and below them) that the file leaves out, as they were. */
	private static List<Draft> leftOut(List<CodeNode> nodes, Set<UUID> inFile) {
		List<Draft> kept = new ArrayList<>();
		for (CodeNode node : nodes) {
			if (!inFile.contains(node.guid())) {
				Draft draft = new Draft(node.guid(), node.names(), node.descriptions());
				draft.children.addAll(leftOut(node.children(), inFile));
				kept.add(draft);
			}
		}
		return kept;
	}

	private static Draft draft(CodeNode node, Map<UUID, CodeNode> before, String language, Map<UUID, Draft> drafts) {
		CodeNode old = before.get(node.guid());
		Draft draft = old == null ? new Draft(node.guid(), node.names(), node.descriptions())
				: new Draft(node.guid(), relabel(old.names(), node.names().get(language), language),
						relabel(old.descriptions(), node.descriptions().get(language), language));
		drafts.put(node.guid(), draft);
		for (CodeNode child : node.children()) {
			draft.children.add(draft(child, before, language, drafts));
		}
		return draft;
	}

	/** The labels with the file's one in its language, unless the file only gave back the export's. */
	private static Map<String, String> relabel(Map<String, String> labels, String fromFile, String language) {
		String exported = QdcCodebook.label(labels, language);
		String text = fromFile == null ? "" : fromFile;
		if (Objects.equals(text, exported)) {
			return labels;
		}
		Map<String, String> changed = new HashMap<>(labels);
		if (text.isBlank()) {
			changed.remove(language);
		}
		else {
			changed.put(language, text);
		}
		return changed;
	}

	private static void index(List<CodeNode> nodes, Map<UUID, CodeNode> byGuid) {
		for (CodeNode node : nodes) {
			byGuid.put(node.guid(), node);
			index(node.children(), byGuid);
		}
	}

	/** A theme of the tree being built, whose children are still coming. */
	private static final class Draft {

		final UUID guid;
		final Map<String, String> names;
		final Map<String, String> descriptions;
		final List<Draft> children = new ArrayList<>();

		Draft(UUID guid, Map<String, String> names, Map<String, String> descriptions) {
			this.guid = guid;
			this.names = names;
			this.descriptions = descriptions;
		}

		CodeNode build() {
			return new CodeNode(guid, names, descriptions, children.stream().map(Draft::build).toList());
		}
	}
}
