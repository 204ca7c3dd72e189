package org.hubdesk.committee.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A version of a hub's rubric: the committee's principles, the criteria with their scales and weights,
 * and why the weights are what they are, in each hub language. A version never changes once made: the
 * chair's edit makes the next one, and every review and decision keeps the version it was made under.
 */
@Entity
@Table(name = "committee_rubric")
public class Rubric {

	public static final int PRINCIPLES_MAX = 8000;
	public static final int WEIGHTS_MAX = 4000;

	/** The principles and the explanation of the weights in one language. */
	@Embeddable
	public record Words(@Column(name = "principles", nullable = false, length = PRINCIPLES_MAX) String principles,
			@Column(name = "weights", nullable = false, length = WEIGHTS_MAX) String weights) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	@Column(nullable = false)
	private int number;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private Long createdBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "committee_rubric_text", joinColumns = @JoinColumn(name = "rubric_id"))
	@MapKeyColumn(name = "language", length = 20)
	private Map<String, Words> words = new HashMap<>();

	@OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@OrderBy("position")
	private List<Criterion> criteria = new ArrayList<>();

	protected Rubric() {
	}

	Rubric(long hubId, int number, Instant createdAt, Long createdBy, Map<String, Words> words) {
		this.hubId = hubId;
		this.number = number;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.words.putAll(words);
	}

	void add(String code, Scale scale, int weight, Map<String, Criterion.Words> texts) {
		criteria.add(new Criterion(this, criteria.size() + 1, code, scale, weight, texts));
	}

	public Long getId() {
		return id;
	}

	public Long getHubId() {
		return hubId;
	}

	/** The version's number: 1 for the hub's first rubric, then 2, 3, … */
	public int getNumber() {
		return number;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public List<Criterion> getCriteria() {
		return List.copyOf(criteria);
	}

	/** The criteria weighed into a score (the scaled ones, not the gates). */
	public List<Criterion> scaled() {
		return criteria.stream().filter(c -> !c.isGate()).toList();
	}

	public Map<String, Words> getWords() {
		return Map.copyOf(words);
	}

	/** The principles and weights in the language, else in the fallback, else in any. */
	public Words words(String language, String fallback) {
		Words in = words.get(language);
		if (in == null) {
			in = words.get(fallback);
		}
		return in != null ? in : words.values().stream().findFirst().orElse(new Words("", ""));
	}

	/** The criterion with this id, when it is one of this version's. */
	public java.util.Optional<Criterion> criterion(long criterionId) {
		return criteria.stream().filter(c -> c.getId() != null && c.getId() == criterionId).findFirst();
	}
}
