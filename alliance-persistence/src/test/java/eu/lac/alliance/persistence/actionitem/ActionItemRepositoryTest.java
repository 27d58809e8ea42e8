package eu.lac.alliance.persistence.actionitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.actionitem.ActionItemRepository;
import eu.lac.alliance.domain.actionitem.Deadline;
import eu.lac.alliance.domain.actionitem.ItemState;
import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.actionitem.Participation;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationRepository;
import eu.lac.alliance.domain.policyarea.Objective;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.policyarea.PolicyArea;
import eu.lac.alliance.domain.policyarea.PolicyAreaRepository;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.domain.source.Provenance;
import eu.lac.alliance.domain.source.SourceDocument;
import eu.lac.alliance.persistence.testing.PersistenceTest;

@PersistenceTest
class ActionItemRepositoryTest {

	@Autowired
	ActionItemRepository items;

	@Autowired
	CountryRepository countries;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PolicyAreaRepository policyAreas;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anItemWithItsParticipantsAndAgenciesReadsBackAsItWasSaved() {
		Dialogue dialogue = entityManager
			.persist(new Dialogue("High-Level Dialogue on e-Governance", DialogueKind.HIGH_LEVEL_DIALOGUE));
		PolicyArea eGovernance = policyAreas.findByName("e-Governance").orElseThrow();
		SourceDocument conclusions = entityManager
			.persist(new SourceDocument("chairs-conclusions.txt", "a".repeat(64), "CHAIRS_CONCLUSIONS", "UTF-8",
					new byte[] { 1, 2, 3 }, "text", Instant.parse("2025-03-01T10:00:00Z"), "secretariat"));
		Objective objective = entityManager.persist(new Objective(dialogue, eGovernance, ObjectiveScope.ACTION_AREA,
				"A", "Interoperability", "Make public services work together", null));
		ActionItem action = items.save(new ActionItem(dialogue, eGovernance, "1", "Digital identity", null,
				ActionItemCategory.JOINT_INITIATIVE, null));
		ActionItem item = new ActionItem(dialogue, eGovernance, "1.a", "Pilot cross-border e-signatures",
				"Two pilots between the EU and LAC.", ActionItemCategory.CAPACITY_BUILDING,
				new Provenance(conclusions, new LineSpan(40, 44)));
		item.placeUnder(action);
		item.serve(objective);
		item.dueBy(new Deadline(LocalDate.of(2025, 6, 30), "Q2 2025"));
		item.addParticipation(Participation.ofCountry(country("BR"), ParticipantRole.INTERESTED,
				List.of(organisation("MGI"), organisation("MCTI")), "Brazil (MGI and MCTI)"));
		item.addParticipation(Participation.ofCountry(country("DO"), ParticipantRole.CO_LEAD,
				List.of(organisation("OGTIC"), organisation("INDOTEL")), "Dominican Republic (OGTIC, INDOTEL)"));
		item.addParticipation(
				Participation.ofOrganisation(organisation("GIZ"), ParticipantRole.IMPLEMENTING_AGENCY, "via GIZ"));
		Long id = items.save(item).getId();
		entityManager.flush();
		entityManager.clear();

		ActionItem read = items.findById(id).orElseThrow();

		assertThat(read).isNotSameAs(item);
		assertThat(read.getDialogue().getId()).isEqualTo(dialogue.getId());
		assertThat(read.getPolicyArea().getName()).isEqualTo("e-Governance");
		assertThat(read.getObjective().getCode()).isEqualTo("A");
		assertThat(read.getParent().getCode()).isEqualTo("1");
		assertThat(read.getCode()).isEqualTo("1.a");
		assertThat(read.getTitle()).isEqualTo("Pilot cross-border e-signatures");
		assertThat(read.getDescription()).isEqualTo("Two pilots between the EU and LAC.");
		assertThat(read.getCategory()).isEqualTo(ActionItemCategory.CAPACITY_BUILDING);
		assertThat(read.getDeadline()).isEqualTo(new Deadline(LocalDate.of(2025, 6, 30), "Q2 2025"));
		assertThat(read.getState()).isEqualTo(ItemState.ACTIVE);
		assertThat(read.getProvenance().getDocument().getFileName()).isEqualTo("chairs-conclusions.txt");
		assertThat(read.getProvenance().getLines()).isEqualTo(new LineSpan(40, 44));
		assertThat(read.getParticipations()).extracting(Participation::getRole)
			.containsExactly(ParticipantRole.INTERESTED, ParticipantRole.CO_LEAD, ParticipantRole.IMPLEMENTING_AGENCY);
		assertThat(read.getParticipations()).extracting(p -> p.getCountry() == null ? null : p.getCountry().getCode())
			.containsExactly("BR", "DO", null);
		assertThat(read.getParticipations().get(2).getOrganisation().getAcronym()).isEqualTo("GIZ");
		assertThat(read.getParticipations()).extracting(Participation::getWording)
			.containsExactly("Brazil (MGI and MCTI)", "Dominican Republic (OGTIC, INDOTEL)", "via GIZ");
		assertThat(read.getParticipations().get(0).getAgencies()).extracting(Organisation::getAcronym)
			.containsExactly("MGI", "MCTI");
		assertThat(read.getParticipations().get(1).getAgencies()).extracting(Organisation::getAcronym)
			.containsExactly("OGTIC", "INDOTEL");
		assertThat(read.getParticipations().get(2).getAgencies()).isEmpty();
		assertThat(read.getParticipations()).allSatisfy(p -> assertThat(p.getActionItem()).isSameAs(read));
	}

	@Test
	void agenciesKeepTheOrderTheDocumentNamedThemIn() {
		Dialogue dialogue = entityManager.persist(new Dialogue("Digital Alliance Days", DialogueKind.ALLIANCE_DAYS));
		ActionItem item = new ActionItem(dialogue, policyAreas.findByName("Cybersecurity").orElseThrow(), "2",
				"Joint exercises", null, ActionItemCategory.CAPACITY_BUILDING, null);
		item.addParticipation(Participation.ofCountry(country("ES"), ParticipantRole.PARTNER,
				List.of(organisation("SEDIA"), organisation("FIIAPP"), organisation("AECID")), "with Spain"));
		Long id = items.save(item).getId();
		entityManager.flush();
		entityManager.clear();

		assertThat(jdbc.queryForList("""
				select o.acronym from participation_agency a join organisation o on o.id = a.organisation_id
				order by a.position""", String.class)).containsExactly("SEDIA", "FIIAPP", "AECID");
		assertThat(items.findById(id).orElseThrow().getParticipations().get(0).getAgencies())
			.extracting(Organisation::getAcronym)
			.containsExactly("SEDIA", "FIIAPP", "AECID");
	}

	@Test
	void twoItemsOfOneDialogueCannotShareACode() {
		PolicyArea connectivity = policyAreas.findByName("Connectivity").orElseThrow();
		Dialogue dialogue = entityManager.persist(new Dialogue("Digital Alliance Days", DialogueKind.ALLIANCE_DAYS));
		Dialogue other = entityManager.persist(new Dialogue("Caribbean Dialogue", DialogueKind.POLICY_DIALOGUE));
		items.save(new ActionItem(dialogue, connectivity, "3", "Extend BELLA", null,
				ActionItemCategory.JOINT_INITIATIVE, null));
		items.save(new ActionItem(other, connectivity, "3", "Extend BELLA to the Caribbean", null,
				ActionItemCategory.JOINT_INITIATIVE, null));
		entityManager.flush();

		assertThatThrownBy(() -> {
			items.save(new ActionItem(dialogue, connectivity, "3", "A second item numbered 3", null,
					ActionItemCategory.NEXT_STEP, null));
			entityManager.flush();
		}).rootCause().hasMessageContaining("action_item_dialogue_id_code_key");
	}

	private Country country(String code) {
		return countries.findById(code).orElseThrow();
	}

	private Organisation organisation(String acronym) {
		return organisations.findAll()
			.stream()
			.filter(o -> acronym.equals(o.getAcronym()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no reference organisation " + acronym));
	}

}
