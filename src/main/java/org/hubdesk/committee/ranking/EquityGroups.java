package org.hubdesk.committee.ranking;

/**
 * The groups a request belongs to, one key per {@link EquityDimension}, or null where it has none.
 * The affiliate type belongs to the affiliate: a request without an affiliate has no affiliate type,
 * whatever {@code affiliateType} holds.
 *
 * @param affiliate the affiliate's id as text, or null
 * @param region the region's code, or null
 * @param affiliateType the affiliate type's name, or null
 */
public record EquityGroups(String affiliate, String region, String affiliateType) {

	/** A request without affiliate or region. */
	public static final EquityGroups NONE = new EquityGroups(null, null, null);

	/** The request's group in this dimension, or null when the dimension is left out for it. */
	public String group(EquityDimension dimension) {
		return switch (dimension) {
			case AFFILIATE -> affiliate;
			case REGION -> region;
			case AFFILIATE_TYPE -> affiliate == null ? null : affiliateType;
		};
	}
}
