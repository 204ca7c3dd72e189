package org.hubdesk.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A region of the installation-wide list, seeded with the movement's eight regional-fund regions.
 * Seeded regions have a translated name (message key {@code region.CODE}); the stored name is the
 * fallback for regions an installation adds.
 */
@Entity
@Table(name = "region")
public class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected Region() {
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	/** The message key of this region's translated name. */
	public String messageKey() {
		return "region." + code;
	}
}
