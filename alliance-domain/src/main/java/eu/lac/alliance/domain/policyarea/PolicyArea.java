package eu.lac.alliance.domain.policyarea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One of the Alliance's policy areas (Cybersecurity, Artificial Intelligence, ...), or a
 * new one an import brings.
 */
@Entity
@Table(name = "policy_area")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PolicyArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "name", nullable = false, unique = true)
	private String name;

	@Column(name = "code", nullable = false, unique = true)
	private String code;

	public PolicyArea(String name, String code) {
		if (name == null || name.isBlank() || code == null || code.isBlank()) {
			throw new IllegalArgumentException("a policy area needs a name and a code");
		}
		this.name = name.strip();
		this.code = code.strip();
	}

	/**
	 * Whether two references denote the same policy area (an object and its persistence
	 * proxy alike).
	 */
	public boolean isSameAs(PolicyArea other) {
		return other != null && (other == this || getId() != null && getId().equals(other.getId()));
	}

	@Override
	public String toString() {
		return name;
	}

}
