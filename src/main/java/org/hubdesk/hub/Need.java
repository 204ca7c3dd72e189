package org.hubdesk.hub;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * A node of a hub's needs codebook: a kind of help, with a label in each of the hub's languages.
 * Requests are tagged with these nodes; interviews are coded against the same tree.
 */
@Entity
@Table(name = "hub_need")
public class Need {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(nullable = false, length = 60)
	private String code;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "hub_need_label", joinColumns = @JoinColumn(name = "need_id"))
	@MapKeyColumn(name = "language", length = 20)
	@Column(name = "label", nullable = false, length = 300)
	private Map<String, String> labels = new HashMap<>();

	protected Need() {
	}

	Need(Long hubId, Long parentId, String code, int sortOrder, Map<String, String> labels) {
		this.hubId = hubId;
		this.parentId = parentId;
		this.code = code;
		this.sortOrder = sortOrder;
		this.labels.putAll(labels);
	}

	public Long getId() {
		return id;
	}

	public Long getHubId() {
		return hubId;
	}

	public Long getParentId() {
		return parentId;
	}

	public String getCode() {
		return code;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	/** The label in a language, falling back to the given default language, then to any label, then the code. */
	public String label(Locale locale, String defaultLanguage) {
		String label = labels.get(locale.getLanguage());
		if (label == null) {
			label = labels.get(defaultLanguage);
		}
		if (label == null) {
			label = labels.values().stream().findFirst().orElse(code);
		}
		return label;
	}
}
