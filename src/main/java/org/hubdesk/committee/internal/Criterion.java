package org.hubdesk.committee.internal;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** A criterion of a rubric version: its code, its scale, its weight and its words in each hub language. */
@Entity
@Table(name = "committee_criterion")
public class Criterion {

	public static final int CODE_MAX = 40;
	public static final int NAME_MAX = 120;
	public static final int DESCRIPTION_MAX = 2000;
	public static final int WEIGHT_MAX = 10;

	/** A criterion's name and description in one language. */
	@Embeddable
	public record Words(@Column(name = "name", nullable = false, length = NAME_MAX) String name,
			@Column(name = "description", nullable = false, length = DESCRIPTION_MAX) String description) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "rubric_id")
	private Rubric rubric;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = CODE_MAX)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Scale scale;

	@Column(nullable = false)
	private int weight;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "committee_criterion_text", joinColumns = @JoinColumn(name = "criterion_id"))
	@MapKeyColumn(name = "language", length = 20)
	private Map<String, Words> words = new HashMap<>();

	protected Criterion() {
	}

	Criterion(Rubric rubric, int position, String code, Scale scale, int weight, Map<String, Words> words) {
		this.rubric = rubric;
		this.position = position;
		this.code = code;
		this.scale = scale;
		this.weight = scale == Scale.GATE ? 0 : weight;
		this.words.putAll(words);
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getCode() {
		return code;
	}

	public Scale getScale() {
		return scale;
	}

	/** The weight in the request's score; a gate has none. */
	public int getWeight() {
		return weight;
	}

	public boolean isGate() {
		return scale == Scale.GATE;
	}

	public Map<String, Words> getWords() {
		return Map.copyOf(words);
	}

	/** The words in the language, else in the fallback (the hub's default), else in any. */
	public Words words(String language, String fallback) {
		Words in = words.get(language);
		if (in == null) {
			in = words.get(fallback);
		}
		return in != null ? in : words.values().stream().findFirst().orElse(new Words(code, ""));
	}
}
