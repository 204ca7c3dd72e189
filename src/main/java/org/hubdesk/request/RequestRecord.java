package org.hubdesk.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.modulith.NamedInterface;

/**
 * What is kept of a {@link HelpRequest}: its stored fields, readable by everyone through the
 * getters. The fields are package-visible so that the request's own methods change them; nothing
 * else in the package writes them.
 */
@NamedInterface("api")
@MappedSuperclass
public abstract class RequestRecord extends AbstractAggregateRoot<HelpRequest> {

	/** The longest summary in the hub's working language, in characters. */
	public static final int SUMMARY_MAX = 10000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "hub_id", nullable = false)
	Long hubId;

	Integer number;

	@Embedded
	RequestDetails details;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	RequestState state;

	@Column(name = "requester_id", nullable = false)
	Long requesterId;

	@Column(name = "created_by_id", nullable = false)
	Long createdById;

	@Column(length = SUMMARY_MAX)
	String summary;

	@Column(name = "estimated_effort_hours", precision = 8, scale = 2)
	BigDecimal estimatedEffortHours;

	@Column(name = "assignee_id")
	Long assigneeId;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	Resolution resolution;

	@Column(name = "merged_into_id")
	Long mergedIntoId;

	@Column(name = "parent_id")
	Long parentId;

	@Column(name = "created_at", nullable = false)
	Instant createdAt;

	@Column(name = "submitted_at")
	Instant submittedAt;

	@Column(name = "first_response_at")
	Instant firstResponseAt;

	@Column(name = "waiting_since")
	Instant waitingSince;

	@Column(name = "reminded_at")
	Instant remindedAt;

	@Column(name = "updated_at", nullable = false)
	Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "help_request_co_requester", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "person_id")
	Set<Long> coRequesterIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "help_request_tag", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "tag")
	Set<String> tags = new LinkedHashSet<>();

	@Version
	long version;

	public Long getId() {
		return id;
	}

	public Long getHubId() {
		return hubId;
	}

	public Integer getNumber() {
		return number;
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

	public Set<Long> getCoRequesterIds() {
		return Set.copyOf(coRequesterIds);
	}

	public Set<String> getTags() {
		return Set.copyOf(tags);
	}

	public long getVersion() {
		return version;
	}

	/** What the requester says about the request; the getters below read from it. */
	public RequestDetails getDetails() {
		return details;
	}

	public String getTitle() {
		return details.title();
	}

	public Long getAffiliateId() {
		return details.affiliateId();
	}

	public String getAffiliateOther() {
		return details.affiliateOther();
	}

	public String getPartnerName() {
		return details.partnerName();
	}

	public String getPartnerQid() {
		return details.partnerQid();
	}

	public String getContentTypes() {
		return details.contentTypes();
	}

	public String getEstimatedVolume() {
		return details.estimatedVolume();
	}

	public RightsStatus getRightsStatus() {
		return details.rightsStatus();
	}

	public Set<Platform> getPlatforms() {
		return details.platforms();
	}

	public String getUsefulnessPlan() {
		return details.usefulnessPlan();
	}

	public Long getThematicGroupId() {
		return details.thematicGroupId();
	}

	public String getLanguage() {
		return details.language();
	}

	public String getDesiredTimeline() {
		return details.desiredTimeline();
	}

	public String getDescription() {
		return details.description();
	}

	public boolean isConsentToPublish() {
		return details.consentToPublish();
	}

	public Set<Long> getNeedIds() {
		return details.needIds();
	}
}
