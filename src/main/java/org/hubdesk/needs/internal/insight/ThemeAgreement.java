package org.hubdesk.needs.internal.insight;

/**
 * Two coders' agreement on one theme, over the interviews they both coded blind.
 *
 * @param themeId the theme
 * @param agreement the 2×2 table, one unit per interview
 */
public record ThemeAgreement(long themeId, Agreement agreement) {
}
