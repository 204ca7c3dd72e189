package org.hubdesk.request;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;

import org.hubdesk.request.internal.PlatformsConverter;
import org.hubdesk.shared.Refusal;
import org.springframework.modulith.NamedInterface;

/**
 * What a requester says about their request, as the form and the API give it and as the request
 * keeps it: an immutable value stored in the request's own columns (and its needs in their table).
 * The request replaces it as a whole; nothing copies its fields one by one into the request.
 */
@NamedInterface("api")
@Embeddable
public class RequestDetails {

	private static final PlatformsConverter CONVERTER = new PlatformsConverter();
	private static final Pattern QID = Pattern.compile("^Q[1-9][0-9]{0,18}$");

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "affiliate_id")
	private Long affiliateId;

	@Column(name = "affiliate_other", length = 300)
	private String affiliateOther;

	@Column(name = "partner_name", length = 300)
	private String partnerName;

	@Column(name = "partner_qid", length = 20)
	private String partnerQid;

	@Column(name = "content_types", length = 1000)
	private String contentTypes;

	@Column(name = "estimated_volume", length = 300)
	private String estimatedVolume;

	@Enumerated(EnumType.STRING)
	@Column(name = "rights_status", length = 30)
	private RightsStatus rightsStatus;

	/** The platforms as comma-separated codes, so the desk can filter on them in the query. */
	@Column(name = "platforms", length = 200)
	private String platformCodes;

	@Column(name = "usefulness_plan", length = 10000)
	private String usefulnessPlan;

	@Column(name = "thematic_group_id")
	private Long thematicGroupId;

	@Column(length = 20)
	private String language;

	@Column(name = "desired_timeline", length = 300)
	private String desiredTimeline;

	@Column(length = 20000)
	private String description;

	@Column(name = "consent_to_publish", nullable = false)
	private boolean consentToPublish;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "help_request_need", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "need_id")
	private Set<Long> needIds = new LinkedHashSet<>();

	protected RequestDetails() {
	}

	public RequestDetails(String title, Long affiliateId, String affiliateOther, String partnerName, String partnerQid,
			String contentTypes, String estimatedVolume, RightsStatus rightsStatus, Set<Platform> platforms,
			String usefulnessPlan, Long thematicGroupId, String language, String desiredTimeline, String description,
			boolean consentToPublish, Set<Long> needIds) {
		this.title = title;
		this.affiliateId = affiliateId;
		this.affiliateOther = affiliateOther;
		this.partnerName = partnerName;
		this.partnerQid = partnerQid;
		this.contentTypes = contentTypes;
		this.estimatedVolume = estimatedVolume;
		this.rightsStatus = rightsStatus;
		this.platformCodes = CONVERTER.convertToDatabaseColumn(platforms);
		this.usefulnessPlan = usefulnessPlan;
		this.thematicGroupId = thematicGroupId;
		this.language = language;
		this.desiredTimeline = desiredTimeline;
		this.description = description;
		this.consentToPublish = consentToPublish;
		if (needIds != null) {
			// a blank choice sent with the others chooses nothing
			needIds.stream().filter(Objects::nonNull).forEach(this.needIds::add);
		}
	}

	/** The same details under another title (a part of a split request). */
	RequestDetails titled(String otherTitle) {
		RequestDetails copy = copy();
		copy.title = otherTitle;
		return copy;
	}

	/** An equal value of its own, so no two requests ever share one (nor its set of needs). */
	RequestDetails copy() {
		return new RequestDetails(title, affiliateId, affiliateOther, partnerName, partnerQid, contentTypes,
				estimatedVolume, rightsStatus, platforms(), usefulnessPlan, thematicGroupId, language, desiredTimeline,
				description, consentToPublish, needIds);
	}

	/** What even a draft must hold: a title and, when given, a well-formed Wikidata item. */
	void checkDraft() {
		if (title == null || title.isBlank()) {
			throw new Refusal("title", "validation.required");
		}
		if (title.length() > 300) {
			throw new Refusal("title", "validation.too-long");
		}
		if (partnerQid != null && !partnerQid.isBlank() && !QID.matcher(partnerQid).matches()) {
			throw new Refusal("partnerQid", "validation.qid");
		}
	}

	/** What a submitted request must hold: a usefulness plan, the kinds of help, a language. */
	void checkComplete() {
		if (usefulnessPlan == null || usefulnessPlan.isBlank()) {
			throw new Refusal("usefulnessPlan", "request.error.usefulness-plan");
		}
		if (needIds.isEmpty()) {
			throw new Refusal("needIds", "request.error.needs");
		}
		if (language == null || language.isBlank()) {
			throw new Refusal("language", "validation.required");
		}
	}

	public String title() {
		return title;
	}

	public Long affiliateId() {
		return affiliateId;
	}

	public String affiliateOther() {
		return affiliateOther;
	}

	public String partnerName() {
		return partnerName;
	}

	public String partnerQid() {
		return partnerQid;
	}

	public String contentTypes() {
		return contentTypes;
	}

	public String estimatedVolume() {
		return estimatedVolume;
	}

	public RightsStatus rightsStatus() {
		return rightsStatus;
	}

	public Set<Platform> platforms() {
		return CONVERTER.convertToEntityAttribute(platformCodes);
	}

	public String usefulnessPlan() {
		return usefulnessPlan;
	}

	public Long thematicGroupId() {
		return thematicGroupId;
	}

	public String language() {
		return language;
	}

	public String desiredTimeline() {
		return desiredTimeline;
	}

	public String description() {
		return description;
	}

	public boolean consentToPublish() {
		return consentToPublish;
	}

	public Set<Long> needIds() {
		return Set.copyOf(needIds);
	}
}
