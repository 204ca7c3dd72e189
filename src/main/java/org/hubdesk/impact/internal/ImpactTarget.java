package org.hubdesk.impact.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a request names to be measured on the platforms: a Commons category (its title as the API
 * knows it, with subcategories to a depth) or a list of Wikidata items (their QIDs; the title then
 * names the list). It knows whether a refresh is under way and how far it has come, when its last
 * snapshot was taken, and the error of the last refresh that failed (the snapshots before it stay).
 */
@Entity
@Table(name = "impact_target")
public class ImpactTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private TargetKind kind;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(nullable = false)
	private int depth;

	@Column(length = 12000)
	private String items;

	@Column(name = "with_page_views", nullable = false)
	private boolean withPageViews;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(nullable = false)
	private boolean refreshing;

	@Column(name = "refresh_started_at")
	private Instant refreshStartedAt;

	@Column(name = "progress_done", nullable = false)
	private int progressDone;

	@Column(name = "progress_total", nullable = false)
	private int progressTotal;

	@Column(name = "progress_files", nullable = false)
	private int progressFiles;

	@Column(name = "last_refreshed_at")
	private Instant lastRefreshedAt;

	@Column(name = "last_error", length = 2000)
	private String lastError;

	@Column(name = "last_error_kind", length = 30)
	private String lastErrorKind;

	@Column(name = "last_error_at")
	private Instant lastErrorAt;

	@Version
	private long version;

	protected ImpactTarget() {
	}

	ImpactTarget(Long hubId, Long requestId, TargetKind kind, String title, int depth, List<String> items,
			boolean withPageViews, Long createdBy, Instant now) {
		this.hubId = hubId;
		this.requestId = requestId;
		this.kind = kind;
		this.title = title;
		this.depth = depth;
		this.items = items == null || items.isEmpty() ? null : String.join("\n", items);
		this.withPageViews = withPageViews;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** A refresh is asked for: the target shows it is refreshing until its snapshot or its error is in. */
	void refreshAsked(Instant now) {
		if (!refreshing) {
			refreshing = true;
			refreshStartedAt = now;
			progressDone = 0;
			progressTotal = 0;
			progressFiles = 0;
		}
	}

	void progressed(int done, int total, int files) {
		progressDone = done;
		progressTotal = total;
		progressFiles = files;
	}

	void refreshed(Instant now) {
		refreshing = false;
		lastRefreshedAt = now;
		lastError = null;
		lastErrorKind = null;
		lastErrorAt = null;
	}

	void failed(String kind, String message, Instant now) {
		refreshing = false;
		lastRefreshedAt = now;
		lastErrorKind = kind;
		lastError = message == null ? kind : message.length() > 2000 ? message.substring(0, 2000) : message;
		lastErrorAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getHubId() {
		return hubId;
	}

	public Long getRequestId() {
		return requestId;
	}

	public TargetKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public int getDepth() {
		return depth;
	}

	/** The QIDs of a list of Wikidata items, in the order given; none for a category. */
	public List<String> getItems() {
		return items == null ? List.of() : Arrays.asList(items.split("\n"));
	}

	public boolean isWithPageViews() {
		return withPageViews;
	}

	/** Who added the target; null for the demo's. */
	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isRefreshing() {
		return refreshing;
	}

	public Instant getRefreshStartedAt() {
		return refreshStartedAt;
	}

	public int getProgressDone() {
		return progressDone;
	}

	public int getProgressTotal() {
		return progressTotal;
	}

	public int getProgressFiles() {
		return progressFiles;
	}

	public Instant getLastRefreshedAt() {
		return lastRefreshedAt;
	}

	public String getLastError() {
		return lastError;
	}

	/** The kind of the last failure ({@code NOT_FOUND}, {@code UNREACHABLE}, …), worded by the pages. */
	public String getLastErrorKind() {
		return lastErrorKind;
	}

	public Instant getLastErrorAt() {
		return lastErrorAt;
	}

}
