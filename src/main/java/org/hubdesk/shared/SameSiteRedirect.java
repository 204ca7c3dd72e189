package org.hubdesk.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.web.servlet.view.RedirectView;

/**
 * A redirect to a path on this site that came from the person (the page the language was switched
 * on, a saved desk view): never to another host, and taken as it is, never as a URI template, so
 * that braces in it are only characters. What may not stand in an address (spaces, braces, letters
 * outside ASCII, a lone {@code %}) is percent-encoded, so the {@code Location} is always a valid URI.
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
		return encoded(candidate);
	}

	/** Characters an address may hold as they are: unreserved and reserved ones (RFC 3986). */
	private static final String ALLOWED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'()*+,;=";

	private static String encoded(String path) {
		StringBuilder out = new StringBuilder(path.length());
		byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			boolean escape = b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
			if (escape || (b < 0x80 && ALLOWED.indexOf(b) >= 0)) {
				out.append((char) b);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
			}
		}
		return out.toString();
	}

	private static boolean hex(byte b) {
		return Character.digit(b, 16) >= 0;
	}

	/** A redirect to the path when it is one on this site, else to the fallback. */
	public static RedirectView to(String candidate, String fallback) {
		RedirectView view = new RedirectView(path(candidate, fallback), true);
		view.setExpandUriTemplateVariables(false);
		view.setExposeModelAttributes(false);
		return view;
	}
}
