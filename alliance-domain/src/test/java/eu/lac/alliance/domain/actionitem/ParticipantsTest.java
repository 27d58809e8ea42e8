package eu.lac.alliance.domain.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.country.AllianceMembership;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.Region;
import eu.lac.alliance.domain.dialogue.CoChair;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.organisation.Organisation;
import eu.lac.alliance.domain.organisation.OrganisationKind;
import eu.lac.alliance.domain.policyarea.CoLead;
import eu.lac.alliance.domain.policyarea.PolicyArea;

class ParticipantsTest {

	private final Country mexico = country("MX", "Mexico", Region.LATIN_AMERICA_CARIBBEAN);

	private final Country brazil = country("BR", "Brazil", Region.LATIN_AMERICA_CARIBBEAN);

	private final Country dominicanRepublic = country("DO", "Dominican Republic", Region.LATIN_AMERICA_CARIBBEAN);

	private final Country spain = country("ES", "Spain", Region.EU_MEMBER_STATE);

	private final Country germany = country("DE", "Germany", Region.EU_MEMBER_STATE);

	private final Country estonia = country("EE", "Estonia", Region.EU_MEMBER_STATE);

	private final Dialogue alliance = new Dialogue("EU-LAC Digital Alliance Days", DialogueKind.ALLIANCE_DAYS);

	private final Dialogue otherDialogue = new Dialogue("High-Level Dialogue on Cybersecurity",
			DialogueKind.HIGH_LEVEL_DIALOGUE);

	private final PolicyArea cybersecurity = new PolicyArea("Cybersecurity", "CYB");

	private final PolicyArea eGovernance = new PolicyArea("e-Governance", "EGOV");

	@Test
	void countriesNamedOnTheItemTakePart() {
		ActionItem item = item("1");
		item.addParticipation(Participation.ofCountry(mexico, ParticipantRole.INTERESTED, List.of(), "Mexico"));
		item.addParticipation(Participation.ofOrganisation(
				new Organisation("Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ",
						OrganisationKind.IMPLEMENTING_AGENCY, germany, Set.of()),
				ParticipantRole.IMPLEMENTING_AGENCY, "via GIZ"));

		assertThat(Participants.countriesOf(item, List.of())).containsExactly(mexico);
	}

	@Test
	void countriesNamedOnAnyItemAboveTakePartInItsSubItems() {
		ActionItem action = item("1");
		action.addParticipation(Participation.ofCountry(brazil, ParticipantRole.CO_LEAD, List.of(), "Brazil"));
		ActionItem subItem = item("1.a");
		subItem.placeUnder(action);
		subItem.addParticipation(Participation.ofCountry(mexico, ParticipantRole.INTERESTED, List.of(), "Mexico"));
		ActionItem subSubItem = item("1.a.i");
		subSubItem.placeUnder(subItem);

		assertThat(Participants.countriesOf(subSubItem, List.of())).containsExactlyInAnyOrder(brazil, mexico);
		assertThat(Participants.countriesOf(action, List.of())).containsExactly(brazil);
	}

	@Test
	void countriesOnTheCoLeadLineOfTheItemsAreaInTheSameDialogueTakePart() {
		ActionItem item = item("1");
		List<CoLead> coLeads = List.of(coLead(alliance, cybersecurity, dominicanRepublic, ParticipantRole.CO_LEAD),
				coLead(alliance, cybersecurity, spain, ParticipantRole.PARTNER));

		assertThat(Participants.countriesOf(item, coLeads)).containsExactlyInAnyOrder(dominicanRepublic, spain);
	}

	@Test
	void coLeadsOfAnotherAreaOrAnotherDialogueDoNotTakePart() {
		ActionItem item = item("1");
		item.addParticipation(Participation.ofCountry(mexico, ParticipantRole.INTERESTED, List.of(), "Mexico"));
		List<CoLead> coLeads = List.of(coLead(alliance, eGovernance, estonia, ParticipantRole.CO_LEAD),
				coLead(otherDialogue, cybersecurity, spain, ParticipantRole.CO_LEAD));

		assertThat(Participants.countriesOf(item, coLeads)).containsExactly(mexico);
	}

	@Test
	void organisationsOnTheCoLeadLineAreNotCountries() {
		ActionItem item = item("1");
		CoLead agency = new CoLead(
				alliance, cybersecurity, null, new Organisation("European Union Agency for Cybersecurity", "ENISA",
						OrganisationKind.EU_INSTITUTION, null, Set.of()),
				ParticipantRole.IMPLEMENTING_AGENCY, null, null);

		assertThat(Participants.countriesOf(item, List.of(agency))).isEmpty();
	}

	@Test
	void aCountryNamedTwiceIsCountedOnce() {
		ActionItem item = item("1");
		item.addParticipation(Participation.ofCountry(spain, ParticipantRole.PARTNER, List.of(), "with Spain"));

		assertThat(Participants.countriesOf(item,
				List.of(coLead(alliance, cybersecurity, spain, ParticipantRole.CO_LEAD))))
			.containsExactly(spain);
	}

	@Test
	void aFocalPointMayLogOnlyOnAnActiveItemItsCountryTakesPartIn() {
		ActionItem item = item("1");
		item.addParticipation(Participation.ofCountry(mexico, ParticipantRole.INTERESTED, List.of(), "Mexico"));
		List<CoLead> coLeads = List.of(coLead(alliance, cybersecurity, spain, ParticipantRole.CO_LEAD));

		assertThat(Participants.mayLog(mexico, item, coLeads)).isTrue();
		assertThat(Participants.mayLog(spain, item, coLeads)).isTrue();
		assertThat(Participants.mayLog(brazil, item, coLeads)).isFalse();
	}

	@Test
	void nobodyMayLogOnAWithdrawnItem() {
		ActionItem item = item("1");
		item.addParticipation(Participation.ofCountry(mexico, ParticipantRole.INTERESTED, List.of(), "Mexico"));
		item.withdraw();

		assertThat(Participants.mayLog(mexico, item, List.of())).isFalse();
	}

	@Test
	void anItemOpenToEveryMemberHasNoParticipantUntilAMemberJoinsIt() {
		ActionItem item = item("1");
		item.openToEveryMember();

		assertThat(Participants.countriesOf(item, List.of())).isEmpty();
		assertThat(Participants.mayLog(mexico, item, List.of())).isFalse();

		item.join(new AllianceMembership(mexico, 2023, null, null), "focal.point@example.org");

		assertThat(Participants.countriesOf(item, List.of())).containsExactly(mexico);
		assertThat(Participants.mayLog(mexico, item, List.of())).isTrue();
		assertThat(Participants.mayLog(brazil, item, List.of())).isFalse();
	}

	@Test
	void aCountryThatJoinedAnOpenItemTakesPartInItsSubItems() {
		ActionItem action = item("7");
		action.openToEveryMember();
		ActionItem subItem = item("7.a");
		subItem.placeUnder(action);
		subItem.addParticipation(Participation.ofCountry(estonia, ParticipantRole.PARTNER, List.of(), "EE"));

		action.join(new AllianceMembership(brazil, 2023, null, null), "focal.point");

		assertThat(Participants.countriesOf(subItem, List.of())).containsExactlyInAnyOrder(estonia, brazil);
		assertThat(Participants.countriesOf(action, List.of())).containsExactly(brazil);
	}

	@Test
	void aJoiningCountsOnlyWhileTheItemIsOpen() {
		ActionItem item = item("1");
		item.openToEveryMember();
		item.join(new AllianceMembership(mexico, 2023, null, null), "focal.point");

		item.limitToNamedParties();

		assertThat(Participants.countriesOf(item, List.of())).isEmpty();
		assertThat(item.getJoinings()).as("the act stays recorded").hasSize(1);
	}

	@Test
	void coChairingTheDialogueDoesNotMakeACountryTakePart() {
		alliance.addCoChair(CoChair.country(dominicanRepublic, null));
		ActionItem item = item("1");
		item.openToEveryMember();

		assertThat(Participants.countriesOf(item, List.of())).doesNotContain(dominicanRepublic);
	}

	private ActionItem item(String code) {
		return new ActionItem(alliance, cybersecurity, code, "Action " + code, null,
				ActionItemCategory.JOINT_INITIATIVE, null);
	}

	private static CoLead coLead(Dialogue dialogue, PolicyArea area, Country country, ParticipantRole role) {
		return new CoLead(dialogue, area, country, null, role, null, null);
	}

	private static Country country(String code, String name, Region region) {
		return new Country(code, name, region, Set.of());
	}

}
