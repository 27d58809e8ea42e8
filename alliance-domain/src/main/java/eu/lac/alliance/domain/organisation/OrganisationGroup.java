package eu.lac.alliance.domain.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import eu.lac.alliance.domain.source.Provenance;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A named group documents refer to as one party ("SCALAC members"), with the members a
 * footnote lists.
 */
@Entity
@Table(name = "organisation_group")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OrganisationGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "name", nullable = false, unique = true)
	private String name;

	@Embedded
	private Provenance provenance;

	@OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<GroupMember> members = new ArrayList<>();

	public OrganisationGroup(String name, Provenance provenance) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a group needs a name");
		}
		this.name = name.strip();
		this.provenance = provenance;
	}

	public void redefine(List<GroupMember> newMembers, Provenance provenance) {
		members.clear();
		newMembers.forEach(this::add);
		this.provenance = Objects.requireNonNull(provenance, "provenance");
	}

	public void add(GroupMember member) {
		member.attachTo(this);
		members.add(member);
	}

	public List<GroupMember> getMembers() {
		return Collections.unmodifiableList(members);
	}

}
