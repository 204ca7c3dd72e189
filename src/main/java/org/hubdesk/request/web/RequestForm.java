package org.hubdesk.request.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RightsStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The request form as the browser sends it: what the requester says about their request, and
 * for staff the person they file it for. What a submitted request must hold is the domain's to say.
 */
public class RequestForm {

	private static final String QID = "^$|^Q[1-9][0-9]{0,18}$";

	@Size(max = 300, message = "{validation.too-long}")
	private String title;

	private Long affiliateId;

	@Size(max = 300, message = "{validation.too-long}")
	private String affiliateOther;

	@Size(max = 1000, message = "{validation.too-long}")
	private String coRequesters;

	@Size(max = 300, message = "{validation.too-long}")
	private String partnerName;

	@Pattern(regexp = QID, message = "{validation.qid}")
	private String partnerQid;

	private Set<Long> needIds = new LinkedHashSet<>();

	@Size(max = 500, message = "{validation.too-long}")
	private String contentTypes;

	@Size(max = 300, message = "{validation.too-long}")
	private String estimatedVolume;

	private RightsStatus rightsStatus;

	private Set<Platform> platforms = new LinkedHashSet<>();

	@Size(max = 10000, message = "{validation.too-long}")
	private String usefulnessPlan;

	private Long thematicGroupId;

	private String language;

	@Size(max = 300, message = "{validation.too-long}")
	private String desiredTimeline;

	@Size(max = 20000, message = "{validation.too-long}")
	private String description;

	private boolean consentToPublish;

	@Size(max = 100, message = "{validation.too-long}")
	private String onBehalfOf;

	private Long version;

	/** The files chosen, never shown again; here so that a refused file is named at its field. */
	private List<MultipartFile> files = new ArrayList<>();

	/** The form filled with a draft's details, to resume it. */
	static RequestForm of(HelpRequest r, String coRequesterNames) {
		RequestForm form = new RequestForm();
		form.title = r.getTitle();
		form.affiliateId = r.getAffiliateId();
		form.affiliateOther = r.getAffiliateOther();
		form.coRequesters = coRequesterNames;
		form.partnerName = r.getPartnerName();
		form.partnerQid = r.getPartnerQid();
		form.needIds = new LinkedHashSet<>(r.getNeedIds());
		form.contentTypes = r.getContentTypes();
		form.estimatedVolume = r.getEstimatedVolume();
		form.rightsStatus = r.getRightsStatus();
		form.platforms = new LinkedHashSet<>(r.getPlatforms());
		form.usefulnessPlan = r.getUsefulnessPlan();
		form.thematicGroupId = r.getThematicGroupId();
		form.language = r.getLanguage();
		form.desiredTimeline = r.getDesiredTimeline();
		form.description = r.getDescription();
		form.consentToPublish = r.isConsentToPublish();
		form.version = r.getVersion();
		return form;
	}

	RequestDetails details() {
		return new RequestDetails(trim(title), affiliateId, affiliateId == null ? trim(affiliateOther) : null,
				trim(partnerName), trim(partnerQid), trim(contentTypes), trim(estimatedVolume), rightsStatus, platforms,
				trim(usefulnessPlan), thematicGroupId, trim(language), trim(desiredTimeline), trim(description),
				consentToPublish, needIds);
	}

	/** The co-requesters' usernames, as typed between commas. */
	Set<String> coRequesterNames() {
		Set<String> names = new LinkedHashSet<>();
		if (coRequesters != null) {
			Arrays.stream(coRequesters.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
		}
		return names;
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getAffiliateId() {
		return affiliateId;
	}

	public void setAffiliateId(Long affiliateId) {
		this.affiliateId = affiliateId;
	}

	public String getAffiliateOther() {
		return affiliateOther;
	}

	public void setAffiliateOther(String affiliateOther) {
		this.affiliateOther = affiliateOther;
	}

	public String getCoRequesters() {
		return coRequesters;
	}

	public void setCoRequesters(String coRequesters) {
		this.coRequesters = coRequesters;
	}

	public String getPartnerName() {
		return partnerName;
	}

	public void setPartnerName(String partnerName) {
		this.partnerName = partnerName;
	}

	public String getPartnerQid() {
		return partnerQid;
	}

	public void setPartnerQid(String partnerQid) {
		this.partnerQid = partnerQid == null ? null : partnerQid.strip();
	}

	public Set<Long> getNeedIds() {
		return needIds;
	}

	public void setNeedIds(Set<Long> needIds) {
		this.needIds = needIds == null ? new LinkedHashSet<>() : needIds;
	}

	public String getContentTypes() {
		return contentTypes;
	}

	public void setContentTypes(String contentTypes) {
		this.contentTypes = contentTypes;
	}

	public String getEstimatedVolume() {
		return estimatedVolume;
	}

	public void setEstimatedVolume(String estimatedVolume) {
		this.estimatedVolume = estimatedVolume;
	}

	public RightsStatus getRightsStatus() {
		return rightsStatus;
	}

	public void setRightsStatus(RightsStatus rightsStatus) {
		this.rightsStatus = rightsStatus;
	}

	public Set<Platform> getPlatforms() {
		return platforms;
	}

	public void setPlatforms(Set<Platform> platforms) {
		this.platforms = platforms == null ? new LinkedHashSet<>() : platforms;
	}

	public String getUsefulnessPlan() {
		return usefulnessPlan;
	}

	public void setUsefulnessPlan(String usefulnessPlan) {
		this.usefulnessPlan = usefulnessPlan;
	}

	public Long getThematicGroupId() {
		return thematicGroupId;
	}

	public void setThematicGroupId(Long thematicGroupId) {
		this.thematicGroupId = thematicGroupId;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getDesiredTimeline() {
		return desiredTimeline;
	}

	public void setDesiredTimeline(String desiredTimeline) {
		this.desiredTimeline = desiredTimeline;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isConsentToPublish() {
		return consentToPublish;
	}

	public void setConsentToPublish(boolean consentToPublish) {
		this.consentToPublish = consentToPublish;
	}

	public String getOnBehalfOf() {
		return onBehalfOf;
	}

	public void setOnBehalfOf(String onBehalfOf) {
		this.onBehalfOf = onBehalfOf;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files == null ? new ArrayList<>() : files;
	}
}
