package org.hubdesk.hub;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.hubdesk.identity.PersonPrincipal;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one way a page or an API call is scoped to a hub: the hub of the address's {@code {slug}}
 * (or refused as not there), and the viewer with their roles in it, each read once per page view
 * and shared by the controller, the layout and the language choice. Controllers declare a
 * {@link Hub} or {@link HubViewer} argument and get them resolved from here.
 */
@Component
public class HubScope {

	private static final Pattern HUB_PATH = Pattern.compile("^(?:/api/v1)?/hubs/([a-z0-9-]+)");
	private static final String HUB = HubScope.class.getName() + ".hub";
	private static final String VIEWER = HubScope.class.getName() + ".viewer";
	private static final Object NONE = new Object();

	private final Hubs hubs;

	HubScope(Hubs hubs) {
		this.hubs = hubs;
	}

	/** The hub of the address's {@code {slug}}; an unknown one is refused as not there (404). */
	public Hub hub(HttpServletRequest request) {
		return current(request).orElseThrow(Refusal::notFound);
	}

	/** The hub the address belongs to, if any: its {@code {slug}}, else a path under {@code /hubs/{slug}}. */
	public Optional<Hub> current(HttpServletRequest request) {
		Object cached = request.getAttribute(HUB);
		if (cached instanceof Hub hub) {
			return Optional.of(hub);
		}
		if (cached == NONE) {
			return Optional.empty();
		}
		// the viewer's roles are read with the hub: nearly every page that needs one needs the other
		Long personId = PersonPrincipal.current().map(PersonPrincipal::personId).orElse(null);
		Optional<HubViewer> viewer = slug(request).flatMap(slug -> hubs.viewer(slug, personId));
		viewer.ifPresent(v -> request.setAttribute(VIEWER, v));
		request.setAttribute(HUB, viewer.isPresent() ? viewer.get().hub() : NONE);
		return viewer.map(HubViewer::hub);
	}

	/** The viewer of the address's hub with their roles in it; an unknown hub is refused (404). */
	public HubViewer viewer(HttpServletRequest request) {
		Object cached = request.getAttribute(VIEWER);
		if (cached instanceof HubViewer viewer) {
			return viewer;
		}
		Hub hub = hub(request);
		if (request.getAttribute(VIEWER) instanceof HubViewer viewer) {
			return viewer;
		}
		// the hub was known before the viewer was asked for (set by hand, or read without them)
		Long personId = PersonPrincipal.current().map(PersonPrincipal::personId).orElse(null);
		HubViewer viewer = new HubViewer(hub, personId, hubs.rolesOf(hub, personId));
		request.setAttribute(VIEWER, viewer);
		return viewer;
	}

	@SuppressWarnings("unchecked")
	private static Optional<String> slug(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("slug") instanceof String slug) {
			return Optional.of(slug);
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Object errorUri = request.getAttribute("jakarta.servlet.error.request_uri");
		if (errorUri instanceof String uri) {
			path = uri.substring(request.getContextPath().length());
		}
		Matcher m = HUB_PATH.matcher(path);
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}
}
