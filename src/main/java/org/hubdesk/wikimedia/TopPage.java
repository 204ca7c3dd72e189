package org.hubdesk.wikimedia;

/**
 * A page outside Commons that shows files of a category: its wiki (host), title, namespace and
 * address, and how many of the files it shows.
 */
public record TopPage(String wiki, String title, int namespace, String url, int files) {
}
