package org.hubdesk.request.desk;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestState;
import org.hubdesk.shared.Paging;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the desk shows: a built-in view or filters (states, need, affiliate, region, platform,
 * assignee, minimum waiting time), a sort and a page. It travels in the URL, so a view can be
 * bookmarked, shared and saved.
 *
 * @param view {@code mine}, {@code unassigned}, {@code waiting} or null for all open requests
 * @param assignee {@code me}, {@code none}, a person id, or null for anyone
 * @param sort {@code waiting} (longest without a first reply first), {@code submitted}, {@code updated}, {@code number}
 */
public record DeskQuery(String view, List<RequestState> state, Long need, Long affiliate, String region,
		Platform platform, String assignee, Integer waitingHours, String sort, Boolean desc, Integer page) {

	public static final int PAGE_SIZE = 25;

	public static final Set<String> VIEWS = Set.of("mine", "unassigned", "waiting");

	public static final List<String> SORTS = List.of("waiting", "submitted", "updated", "number");

	public DeskQuery {
		// a blank state in the address (state=) reads as none
		state = state == null ? List.of() : state.stream().filter(java.util.Objects::nonNull).distinct().toList();
		view = view != null && VIEWS.contains(view) ? view : null;
		sort = sort != null && SORTS.contains(sort) ? sort : null;
		page = Paging.bound(page, PAGE_SIZE);
		waitingHours = waitingHours == null || waitingHours <= 0 ? null : waitingHours;
		region = region == null || region.isBlank() ? null : region;
		assignee = assignee == null || assignee.isBlank() ? null : assignee;
	}

	public static DeskQuery of(String view) {
		return new DeskQuery(view, null, null, null, null, null, null, null, null, null, 0);
	}

	/** The sort to apply: the view's own when none was chosen. */
	public String effectiveSort() {
		if (sort != null) {
			return sort;
		}
		return "waiting".equals(view) ? "waiting" : "updated";
	}

	/** Whether the order is descending: by default newest first, except "waiting longest" which is oldest first. */
	public boolean descending() {
		if (desc != null) {
			return desc;
		}
		return !"waiting".equals(effectiveSort());
	}

	public DeskQuery withPage(int page) {
		return new DeskQuery(view, state, need, affiliate, region, platform, assignee, waitingHours, sort, desc, page);
	}

	/** The same query for another affiliate (or any, with null), from the first page. */
	public DeskQuery withAffiliate(Long affiliate) {
		return new DeskQuery(view, state, need, affiliate, region, platform, assignee, waitingHours, sort, desc, 0);
	}

	public DeskQuery withSort(String sort, boolean desc) {
		return new DeskQuery(view, state, need, affiliate, region, platform, assignee, waitingHours, sort, desc, 0);
	}

	/** The query string that reproduces this query (without the page when it is the first). */
	public String toQueryString() {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		if (view != null) {
			b.queryParam("view", view);
		}
		state.forEach(s -> b.queryParam("state", s.name()));
		if (need != null) {
			b.queryParam("need", need);
		}
		if (affiliate != null) {
			b.queryParam("affiliate", affiliate);
		}
		if (region != null) {
			b.queryParam("region", region);
		}
		if (platform != null) {
			b.queryParam("platform", platform.name());
		}
		if (assignee != null) {
			b.queryParam("assignee", assignee);
		}
		if (waitingHours != null) {
			b.queryParam("waitingHours", waitingHours);
		}
		if (sort != null) {
			b.queryParam("sort", sort);
		}
		if (desc != null) {
			b.queryParam("desc", desc);
		}
		if (page > 0) {
			b.queryParam("page", page);
		}
		String query = b.build().encode().getQuery();
		return query == null ? "" : query;
	}

	/** The states as names, for the form's checkboxes. */
	public Set<String> stateNames() {
		return state.stream().map(Enum::name).collect(Collectors.toSet());
	}
}
