package eu.lac.alliance.domain.actionitem;

import java.time.Instant;
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
 * The recorded act of a member country joining an item open to every member: from then on
 * the country takes part in it, and its focal point may log on it. Made only by
 * {@link ActionItem#join}; the time is the database's.
 */
@Entity
@Table(name = "action_item_joining")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ItemJoining {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_item_id")
	private ActionItem actionItem;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_code")
	private Country country;

	@Column(name = "joined_by", nullable = false, updatable = false)
	private String joinedBy;

	/**
	 * Set by the database (default now()) when the row is written, never by the caller;
	 * null until the joining is read back.
	 */
	@Column(name = "joined_at", insertable = false, updatable = false)
	private Instant joinedAt;

	ItemJoining(ActionItem actionItem, Country country, String joinedBy) {
		if (joinedBy == null || joinedBy.isBlank()) {
			throw new IllegalArgumentException(
					"a joining records who made it; expected an account name but found none");
		}
		this.actionItem = Objects.requireNonNull(actionItem, "actionItem");
		this.country = Objects.requireNonNull(country, "country");
		this.joinedBy = joinedBy.strip();
	}

	/** Whether this joining is by {@code other}, compared by code (proxies included). */
	boolean isBy(Country other) {
		return other != null && country.getCode().equals(other.getCode());
	}

}
