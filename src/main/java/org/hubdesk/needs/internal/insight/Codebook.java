package org.hubdesk.needs.internal.insight;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codebook's tree: each theme and its parent. The themes keep the order they are given in (the
 * codebook's order), which is the order of the insights' rows. A theme given twice, a parent that is
 * not in the codebook and a cycle are refused.
 */
public final class Codebook {

	private final Map<Long, Long> parents;

	private final List<Long> ids;

	private Codebook(Map<Long, Long> parents) {
		this.parents = parents;
		this.ids = List.copyOf(parents.keySet());
	}

	/** The codebook of these themes, in this order. */
	public static Codebook of(Collection<Theme> themes) {
		Map<Long, Long> parents = new LinkedHashMap<>();
		for (Theme theme : themes) {
			if (parents.containsKey(theme.id())) {
				throw new IllegalArgumentException("Theme " + theme.id() + " is in the codebook twice");
			}
			parents.put(theme.id(), theme.parentId());
		}
		parents.forEach((id, parent) -> {
			if (parent != null && !parents.containsKey(parent)) {
				throw new IllegalArgumentException(
						"Theme " + id + " is under " + parent + ", which is not in the codebook");
			}
		});
		for (Long id : parents.keySet()) {
			Set<Long> seen = new HashSet<>();
			for (Long at = id; at != null; at = parents.get(at)) {
				if (!seen.add(at)) {
					throw new IllegalArgumentException("Theme " + id + " is its own ancestor");
				}
			}
		}
		return new Codebook(parents);
	}

	/** The codebook of these themes, in this order. */
	public static Codebook of(Theme... themes) {
		return of(List.of(themes));
	}

	/** The themes' ids, in the codebook's order. */
	public List<Long> ids() {
		return ids;
	}

	/** Whether the theme is in the codebook. */
	public boolean contains(long id) {
		return parents.containsKey(id);
	}

	/** Whether {@code ancestor} is above {@code theme} in the tree (a theme is not its own ancestor). */
	public boolean isAncestor(long ancestor, long theme) {
		for (Long at = parents.get(known(theme)); at != null; at = parents.get(at)) {
			if (at == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** These themes and all their ancestors, each once. */
	public Set<Long> withAncestors(Collection<Long> themes) {
		Set<Long> closed = new HashSet<>();
		for (Long theme : themes) {
			for (Long at = known(theme); at != null && closed.add(at); at = parents.get(at)) {
				// climbs until the root or a theme already added, whose ancestors are in too
			}
		}
		return Collections.unmodifiableSet(closed);
	}

	private Long known(Long theme) {
		if (theme == null || !parents.containsKey(theme)) {
			throw new IllegalArgumentException("Theme " + theme + " is not in the codebook");
		}
		return theme;
	}
}
