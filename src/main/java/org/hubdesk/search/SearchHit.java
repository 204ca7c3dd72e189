package org.hubdesk.search;

import java.time.Instant;

/**
 * One result: the name of its {@link SearchKind} ({@code request}, {@code message}, {@code note},
 * {@code affiliate}, {@code group}, {@code person}, …), a title, a snippet as safe HTML (the text escaped, matches in
 * {@code <mark>}), where it leads and when it happened.
 */
public record SearchHit(String kind, String title, String snippetHtml, String link, String state, Instant at) {
}
