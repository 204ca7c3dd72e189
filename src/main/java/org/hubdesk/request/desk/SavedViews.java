package org.hubdesk.request.desk;

import java.time.Clock;
import java.util.List;

import org.hubdesk.hub.Hub;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Desk views saved by staff: their own, and those shared with the hub's staff. */
@Service
@Transactional(readOnly = true)
public class SavedViews {

	private final SavedViewRepository views;
	private final Clock clock;

	SavedViews(SavedViewRepository views, Clock clock) {
		this.views = views;
		this.clock = clock;
	}

	public List<SavedView> visibleTo(Hub hub, long personId) {
		return views.visibleTo(hub.getId(), personId);
	}

	/** Saves the desk's current query under a name. @throws Refusal naming the field at fault */
	@Transactional
	public SavedView save(Hub hub, long ownerId, String name, String query, boolean shared) {
		if (name == null || name.isBlank()) {
			throw new Refusal("viewName", "validation.required");
		}
		if (name.strip().length() > 120) {
			throw new Refusal("viewName", "validation.too-long");
		}
		String clean = query == null ? "" : query.strip();
		if (clean.length() > 2000) {
			throw new Refusal("viewName", "validation.too-long");
		}
		return views.save(new SavedView(hub.getId(), ownerId, name.strip(), clean, shared, clock.instant()));
	}

	/** Deletes a view; only its owner may. */
	@Transactional
	public boolean delete(Hub hub, long ownerId, long id) {
		return views.findById(id)
			.filter(v -> v.getHubId().equals(hub.getId()) && v.getOwnerId().equals(ownerId))
			.map(v -> {
				views.delete(v);
				return true;
			})
			.orElse(false);
	}
}
