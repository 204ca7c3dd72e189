package org.hubdesk.shared;

import org.springframework.web.servlet.view.RedirectView;

/**
 * A redirect to a path on this site that came from the person (the page the language was switched
 * on, a saved desk view): never to another host, and taken as it is, never as a URI template, so
 * that braces in it are only characters.
 */
public final class SameSiteRedirect {

	private SameSiteRedirect() {
	}

	/** The path when it is one on this site (from {@code /}, not {@code //}, no backslash or control character); else the fallback. */
	public static String path(String candidate, String fallback) {
		if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.contains("\\")
				|| candidate.chars().anyMatch(Character::isISOControl)) {
			return fallback;
		}
		return candidate;
	}

	/** A redirect to the path when it is one on this site, else to the fallback. */
	public static RedirectView to(String candidate, String fallback) {
		RedirectView view = new RedirectView(path(candidate, fallback), true);
		view.setExpandUriTemplateVariables(false);
		view.setExposeModelAttributes(false);
		return view;
	}
}
