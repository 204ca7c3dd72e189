package org.hubdesk.impact.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A target's figures at one moment, kept over time. For a category: its files, files in use, the
 * share in use, the distinct pages and wikis using them, the uses in the main namespace and the top
 * pages (as JSON, with their page views when the target asks for them); for Wikidata items: the items
 * found, those with an image and their sitelinks (the category figures are then 0). What the
 * latest snapshot of each month was counted from is kept beside it ({@link SnapshotContents}).
 */
@Entity
@Table(name = "impact_snapshot")
public class Snapshot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "target_id", nullable = false)
	private Long targetId;

	@Column(name = "taken_at", nullable = false)
	private Instant takenAt;

	@Column(nullable = false)
	private int files;

	@Column(name = "files_in_use", nullable = false)
	private int filesInUse;

	@Column(name = "share_in_use")
	private Double shareInUse;

	@Column(name = "distinct_pages", nullable = false)
	private int distinctPages;

	@Column(name = "distinct_wikis", nullable = false)
	private int distinctWikis;

	@Column(name = "main_namespace_uses", nullable = false)
	private int mainNamespaceUses;

	@Column(name = "items_found")
	private Integer itemsFound;

	@Column(name = "items_with_image")
	private Integer itemsWithImage;

	@Column
	private Integer sitelinks;

	@Column(name = "top_pages", nullable = false, length = 40000)
	private String topPages;

	protected Snapshot() {
	}

	/** A category's snapshot. */
	static Snapshot ofCategory(long targetId, Instant takenAt, int files, int filesInUse, Double shareInUse,
			int distinctPages, int distinctWikis, int mainNamespaceUses, String topPages) {
		Snapshot s = new Snapshot();
		s.targetId = targetId;
		s.takenAt = takenAt;
		s.files = files;
		s.filesInUse = filesInUse;
		s.shareInUse = shareInUse;
		s.distinctPages = distinctPages;
		s.distinctWikis = distinctWikis;
		s.mainNamespaceUses = mainNamespaceUses;
		s.topPages = topPages;
		return s;
	}

	/** A list of Wikidata items' snapshot. */
	static Snapshot ofItems(long targetId, Instant takenAt, int itemsFound, int itemsWithImage, int sitelinks) {
		Snapshot s = new Snapshot();
		s.targetId = targetId;
		s.takenAt = takenAt;
		s.itemsFound = itemsFound;
		s.itemsWithImage = itemsWithImage;
		s.sitelinks = sitelinks;
		s.topPages = "[]";
		return s;
	}

	public Long getId() {
		return id;
	}

	public Long getTargetId() {
		return targetId;
	}

	public Instant getTakenAt() {
		return takenAt;
	}

	public int getFiles() {
		return files;
	}

	public int getFilesInUse() {
		return filesInUse;
	}

	public Double getShareInUse() {
		return shareInUse;
	}

	public int getDistinctPages() {
		return distinctPages;
	}

	public int getDistinctWikis() {
		return distinctWikis;
	}

	public int getMainNamespaceUses() {
		return mainNamespaceUses;
	}

	public Integer getItemsFound() {
		return itemsFound;
	}

	public Integer getItemsWithImage() {
		return itemsWithImage;
	}

	public Integer getSitelinks() {
		return sitelinks;
	}

	/** The top pages as JSON (see {@link TopPages}). */
	public String getTopPages() {
		return topPages;
	}
}
