package org.hubdesk.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A thematic group of the movement that requests and campaigns link to, e.g. Wiki Loves Monuments. */
@Entity
@Table(name = "thematic_group")
public class ThematicGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 200)
	private String name;

	@Column(length = 2000)
	private String description;

	@Column(length = 500)
	private String website;

	protected ThematicGroup() {
	}

	public ThematicGroup(String name, String description, String website) {
		this.name = name;
		this.description = description;
		this.website = website;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public String getWebsite() {
		return website;
	}
}
