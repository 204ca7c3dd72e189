package org.hubdesk.request;

import java.util.Map;
import java.util.Optional;

import org.hubdesk.hub.HubViewer;
import org.springframework.modulith.NamedInterface;

/**
 * What a module adds to a request's page: a bean of this type offers a panel for a request and the
 * viewer who reads it (the committee's rubric to its members, say), or none. The page shows every
 * module's panels in their order, each a Thymeleaf fragment given the page's model and its own.
 */
@NamedInterface("spi")
public interface RequestPanel {

	/** The panel for this viewer of the request (who may read it); none when the module has nothing to show them. */
	Optional<Panel> panel(HelpRequest request, HubViewer viewer);

	/**
	 * A panel on a request's page.
	 * @param fragment the fragment to insert, as {@code template :: selector} (e.g. {@code request/work :: work});
	 *        it reads its own model as {@code ${panel.model}}, and the page's ({@code hub}, {@code request},
	 *        {@code staff}, …) as any fragment does
	 * @param model what the fragment shows
	 * @param order where it stands: lower first (the staff's work is 100)
	 */
	record Panel(String fragment, Map<String, Object> model, int order) {

		public Panel {
			if (!fragment.contains("::")) {
				throw new IllegalArgumentException("A panel's fragment reads template :: selector: " + fragment);
			}
			model = Map.copyOf(model);
		}

		/** The template the fragment is in. */
		public String template() {
			return fragment.substring(0, fragment.indexOf("::")).strip();
		}

		/** The fragment's selector within its template. */
		public String selector() {
			return fragment.substring(fragment.indexOf("::") + 2).strip();
		}
	}
}
