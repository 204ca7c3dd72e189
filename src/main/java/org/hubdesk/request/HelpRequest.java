package org.hubdesk.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hubdesk.request.internal.PlatformsConverter;

/**
 * A request for help to a hub: who asks, for which partner institution and content, what help is
 * needed, and where the content will be used on the platforms. It has a number per hub once
 * submitted ({@code CP-42}) and moves through the {@link RequestState lifecycle}.
 */
@Entity
@Table(name = "help_request")
public class HelpRequest {

	private static final PlatformsConverter CONVERTER = new PlatformsConverter();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	private Integer number;

	@Column(nullable = false, length = 300)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private RequestState state;

	@Column(name = "requester_id", nullable = false)
	private Long requesterId;

	@Column(name = "created_by_id", nullable = false)
	private Long createdById;

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

	@Column(length = 10000)
	private String summary;

	@Column(name = "estimated_effort_hours", precision = 8, scale = 2)
	private BigDecimal estimatedEffortHours;

	@Column(name = "assignee_id")
	private Long assigneeId;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private Resolution resolution;

	@Column(name = "merged_into_id")
	private Long mergedIntoId;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "first_response_at")
	private Instant firstResponseAt;

	@Column(name = "waiting_since")
	private Instant waitingSince;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "help_request_need", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "need_id")
	private Set<Long> needIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "help_request_co_requester", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "person_id")
	private Set<Long> coRequesterIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "help_request_tag", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "tag")
	private Set<String> tags = new LinkedHashSet<>();

	@Version
	private long version;

	protected HelpRequest() {
	}

	HelpRequest(Long hubId, Long requesterId, Long createdById, Instant now) {
		this.hubId = hubId;
		this.requesterId = requesterId;
		this.createdById = createdById;
		this.state = RequestState.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Whether the person is the requester or a co-requester. */
	public boolean isRequestedBy(Long personId) {
		return personId != null && (personId.equals(requesterId) || coRequesterIds.contains(personId));
	}

	/** The request's number with its hub's prefix, e.g. {@code CP-42}; null for a draft. */
	public String reference(String prefix) {
		return number == null ? null : prefix + "-" + number;
	}

	void apply(RequestDetails d) {
		this.title = d.title();
		this.affiliateId = d.affiliateId();
		this.affiliateOther = d.affiliateOther();
		this.partnerName = d.partnerName();
		this.partnerQid = d.partnerQid();
		this.contentTypes = d.contentTypes();
		this.estimatedVolume = d.estimatedVolume();
		this.rightsStatus = d.rightsStatus();
		this.platformCodes = CONVERTER.convertToDatabaseColumn(d.platforms());
		this.usefulnessPlan = d.usefulnessPlan();
		this.thematicGroupId = d.thematicGroupId();
		this.language = d.language();
		this.desiredTimeline = d.desiredTimeline();
		this.description = d.description();
		this.consentToPublish = d.consentToPublish();
		this.needIds.clear();
		this.needIds.addAll(d.needIds());
	}

	void setCoRequesters(Set<Long> ids) {
		this.coRequesterIds.clear();
		this.coRequesterIds.addAll(ids);
	}

	void submit(int number, Instant now) {
		this.number = number;
		this.state = RequestState.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	void moveTo(RequestState next, Instant now) {
		this.state = next;
		this.updatedAt = now;
		this.waitingSince = next == RequestState.WAITING_FOR_REQUESTER ? now : null;
		this.remindedAt = null;
	}

	void close(Resolution resolution, Long mergedIntoId, Instant now) {
		this.resolution = resolution;
		this.mergedIntoId = mergedIntoId;
		moveTo(RequestState.CLOSED, now);
	}

	void responded(Instant now) {
		if (firstResponseAt == null) {
			firstResponseAt = now;
		}
		touch(now);
	}

	void assign(Long assigneeId, Instant now) {
		this.assigneeId = assigneeId;
		touch(now);
	}

	void setSummary(String summary, Instant now) {
		this.summary = summary;
		touch(now);
	}

	void setEstimatedEffortHours(BigDecimal hours, Instant now) {
		this.estimatedEffortHours = hours;
		touch(now);
	}

	void setTags(Set<String> tags, Instant now) {
		this.tags.clear();
		this.tags.addAll(tags);
		touch(now);
	}

	HelpRequest partOf(String title, Long actorId, Instant now) {
		HelpRequest part = new HelpRequest(hubId, requesterId, actorId, now);
		part.apply(Requests.details(this));
		part.title = title;
		part.parentId = id;
		part.setCoRequesters(coRequesterIds);
		return part;
	}

	void reminded(Instant now) {
		this.remindedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getHubId() {
		return hubId;
	}

	public Integer getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

	public RequestState getState() {
		return state;
	}

	public Long getRequesterId() {
		return requesterId;
	}

	public Long getCreatedById() {
		return createdById;
	}

	public Long getAffiliateId() {
		return affiliateId;
	}

	public String getAffiliateOther() {
		return affiliateOther;
	}

	public String getPartnerName() {
		return partnerName;
	}

	public String getPartnerQid() {
		return partnerQid;
	}

	public String getContentTypes() {
		return contentTypes;
	}

	public String getEstimatedVolume() {
		return estimatedVolume;
	}

	public RightsStatus getRightsStatus() {
		return rightsStatus;
	}

	public Set<Platform> getPlatforms() {
		return CONVERTER.convertToEntityAttribute(platformCodes);
	}

	public String getUsefulnessPlan() {
		return usefulnessPlan;
	}

	public Long getThematicGroupId() {
		return thematicGroupId;
	}

	public String getLanguage() {
		return language;
	}

	public String getDesiredTimeline() {
		return desiredTimeline;
	}

	public String getDescription() {
		return description;
	}

	public boolean isConsentToPublish() {
		return consentToPublish;
	}

	public String getSummary() {
		return summary;
	}

	public BigDecimal getEstimatedEffortHours() {
		return estimatedEffortHours;
	}

	public Long getAssigneeId() {
		return assigneeId;
	}

	public Resolution getResolution() {
		return resolution;
	}

	public Long getMergedIntoId() {
		return mergedIntoId;
	}

	public Long getParentId() {
		return parentId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getFirstResponseAt() {
		return firstResponseAt;
	}

	public Instant getWaitingSince() {
		return waitingSince;
	}

	public Instant getRemindedAt() {
		return remindedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Set<Long> getNeedIds() {
		return Set.copyOf(needIds);
	}

	public Set<Long> getCoRequesterIds() {
		return Set.copyOf(coRequesterIds);
	}

	public Set<String> getTags() {
		return Set.copyOf(tags);
	}

	public long getVersion() {
		return version;
	}
}
