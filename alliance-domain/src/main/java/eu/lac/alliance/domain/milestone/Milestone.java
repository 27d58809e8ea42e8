package eu.lac.alliance.domain.milestone;

import java.time.LocalDate;
import java.util.Objects;

import eu.lac.alliance.domain.country.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A dated point the Alliance measures itself against, such as the EU-CELAC Summit of
 * November 2025.
 */
@Entity
@Table(name = "milestone")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "code", nullable = false, unique = true)
	private String code;

	@Column(name = "name", nullable = false)
	private String name;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "city")
	private String city;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	public Milestone(String code, String name, LocalDate startDate, LocalDate endDate, String city, Country country) {
		this.code = Objects.requireNonNull(code, "code");
		this.name = Objects.requireNonNull(name, "name");
		this.startDate = Objects.requireNonNull(startDate, "startDate");
		this.endDate = Objects.requireNonNull(endDate, "endDate");
		if (endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("a milestone cannot end before it starts");
		}
		this.city = city;
		this.country = country;
	}

	/** The day progress is measured at "as of" this milestone: its last day. */
	public LocalDate measuredOn() {
		return endDate;
	}

	/** Whether the milestone is behind us on {@code today}. */
	public boolean hasPassed(LocalDate today) {
		return today.isAfter(endDate);
	}

}
