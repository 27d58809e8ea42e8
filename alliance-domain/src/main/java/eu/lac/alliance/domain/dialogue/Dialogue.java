package eu.lac.alliance.domain.dialogue;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.policyarea.PolicyArea;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.source.SourceDocument;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A dialogue, forum or other Alliance event whose conclusions set out work to track.
 * Several documents can describe one dialogue (conclusions, a press release): each adds
 * what the others left unsaid.
 */
@Entity
@Table(name = "dialogue")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Dialogue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "title", nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false)
	private DialogueKind kind;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "start_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "start_precision")) })
	private PartialDate start;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "end_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "end_precision")) })
	private PartialDate end;

	@Column(name = "city")
	private String city;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "host_country_code")
	private Country hostCountry;

	@Column(name = "participant_count")
	private Integer participantCount;

	@Enumerated(EnumType.STRING)
	@Column(name = "participant_count_qualifier")
	private CountQualifier participantCountQualifier;

	@OneToMany(mappedBy = "dialogue", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<CoChair> coChairs = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "dialogue_source", joinColumns = @JoinColumn(name = "dialogue_id"),
			inverseJoinColumns = @JoinColumn(name = "source_document_id"))
	private Set<SourceDocument> sources = new LinkedHashSet<>();

	@OneToMany(mappedBy = "dialogue", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<DialogueTheme> themes = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "dialogue_policy_area", joinColumns = @JoinColumn(name = "dialogue_id"),
			inverseJoinColumns = @JoinColumn(name = "policy_area_id"))
	private Set<PolicyArea> policyAreas = new LinkedHashSet<>();

	@Version
	private long version;

	public Dialogue(String title, DialogueKind kind) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a dialogue needs a title");
		}
		this.title = title.strip();
		this.kind = Objects.requireNonNull(kind, "kind");
	}

	/** Sets when it took place; the end may not come before the start. */
	public void scheduleAt(PartialDate start, PartialDate end) {
		PartialDate effectiveEnd = end != null ? end : start;
		if (start != null && effectiveEnd != null && effectiveEnd.latest().isBefore(start.earliest())) {
			throw new IllegalArgumentException(
					"a dialogue cannot end (" + effectiveEnd + ") before it starts (" + start + ")");
		}
		this.start = start;
		this.end = effectiveEnd;
	}

	public void holdIn(String city, Country hostCountry) {
		this.city = city == null || city.isBlank() ? null : city.strip();
		this.hostCountry = hostCountry;
	}

	public void recordParticipantCount(Integer count) {
		if (count != null && count < 0) {
			throw new IllegalArgumentException("a participant count cannot be negative");
		}
		this.participantCount = count;
		this.participantCountQualifier = null;
	}

	/**
	 * Records the count with the document's qualifier ("over 150" is 150, over); a null
	 * qualifier means the count is exact. A qualifier without a count is refused.
	 */
	public void recordParticipantCount(Integer count, CountQualifier qualifier) {
		if (count == null && qualifier != null) {
			throw new IllegalArgumentException("a count qualifier (" + qualifier + ") needs a count");
		}
		recordParticipantCount(count);
		this.participantCountQualifier = qualifier;
	}

	/**
	 * As {@link #enrichWith(PartialDate, PartialDate, String, Country, Integer)}; the
	 * qualifier comes with the count it qualifies.
	 */
	public boolean enrichWith(PartialDate otherStart, PartialDate otherEnd, String otherCity, Country otherCountry,
			Integer otherCount, CountQualifier otherQualifier) {
		boolean countMissing = participantCount == null && otherCount != null;
		boolean changed = enrichWith(otherStart, otherEnd, otherCity, otherCountry, otherCount);
		if (countMissing) {
			participantCountQualifier = otherQualifier;
		}
		return changed;
	}

	/**
	 * Takes from another account of the same dialogue what this one leaves unsaid or says
	 * less precisely: a day-precise date beats a month, a stated city beats none. Returns
	 * true when anything changed.
	 */
	public boolean enrichWith(PartialDate otherStart, PartialDate otherEnd, String otherCity, Country otherCountry,
			Integer otherCount) {
		boolean changed = false;
		if (otherStart != null && (start == null || otherStart.precision().compareTo(start.precision()) > 0)) {
			scheduleAt(otherStart, otherEnd);
			changed = true;
		}
		if (city == null && otherCity != null) {
			city = otherCity;
			changed = true;
		}
		if (hostCountry == null && otherCountry != null) {
			hostCountry = otherCountry;
			changed = true;
		}
		if (participantCount == null && otherCount != null) {
			participantCount = otherCount;
			changed = true;
		}
		return changed;
	}

	/**
	 * Whether two references denote the same dialogue: the same object, or the same
	 * stored row (a persistence proxy and the loaded entity are different objects for one
	 * dialogue).
	 */
	public boolean isSameAs(Dialogue other) {
		return other != null && (other == this || getId() != null && getId().equals(other.getId()));
	}

	public void rename(String title) {
		if (title != null && !title.isBlank()) {
			this.title = title.strip();
		}
	}

	/** Corrects the title by hand; unlike {@link #rename} a blank title is refused. */
	public void retitle(String newTitle) {
		if (newTitle == null || newTitle.isBlank()) {
			throw new IllegalArgumentException("a dialogue needs a title");
		}
		this.title = newTitle.strip();
	}

	/**
	 * Replaces the co-chairs with the list a person corrected; a party chairs once.
	 */
	public void correctCoChairs(List<CoChair> corrected) {
		for (int i = 0; i < corrected.size(); i++) {
			for (int j = 0; j < i; j++) {
				if (corrected.get(i).isChairedBy(corrected.get(j).getParty())) {
					throw new IllegalArgumentException(corrected.get(i).getParty()
							+ " is named twice; expected each co-chair once on dialogue " + title);
				}
			}
		}
		coChairs.clear();
		corrected.forEach(this::addCoChair);
	}

	public boolean describedBy(SourceDocument document) {
		return sources.add(document);
	}

	public void addCoChair(CoChair coChair) {
		coChair.attachTo(this);
		coChairs.add(coChair);
	}

	/**
	 * Adds a theme the dialogue lacks (compared by folded name); a theme already recorded
	 * stays as it is. True when it was added.
	 */
	public boolean addTheme(DialogueTheme theme) {
		String key = NameKey.of(theme.getName());
		if (themes.stream().anyMatch(t -> NameKey.of(t.getName()).equals(key))) {
			return false;
		}
		theme.attachTo(this, themes.size() + 1);
		themes.add(theme);
		return true;
	}

	public List<DialogueTheme> getThemes() {
		return Collections.unmodifiableList(themes);
	}

	/** Records that the dialogue covers a policy area; true when it was not recorded. */
	public boolean cover(PolicyArea area) {
		return policyAreas.stream().noneMatch(a -> a == area || a.getId() != null && a.getId().equals(area.getId()))
				&& policyAreas.add(area);
	}

	public Set<PolicyArea> getPolicyAreas() {
		return Collections.unmodifiableSet(policyAreas);
	}

	public List<CoChair> getCoChairs() {
		return Collections.unmodifiableList(coChairs);
	}

	public Set<SourceDocument> getSources() {
		return Collections.unmodifiableSet(sources);
	}

}
