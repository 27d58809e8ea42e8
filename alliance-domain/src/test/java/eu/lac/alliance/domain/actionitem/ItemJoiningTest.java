package eu.lac.alliance.domain.actionitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.country.AllianceMembership;
import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.Region;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.policyarea.PolicyArea;

class ItemJoiningTest {

	private final Country dominicanRepublic = new Country("DO", "Dominican Republic", Region.LATIN_AMERICA_CARIBBEAN,
			Set.of());

	private final Country spain = new Country("ES", "Spain", Region.EU_MEMBER_STATE, Set.of());

	private final AllianceMembership dominicanMembership = new AllianceMembership(dominicanRepublic, 2023, null, null);

	private final Dialogue dialogue = new Dialogue("High Level Dialogue on Cybersecurity",
			DialogueKind.HIGH_LEVEL_DIALOGUE);

	private final PolicyArea cybersecurity = new PolicyArea("Cybersecurity", "CYB");

	@Test
	void anItemIsForItsNamedPartiesUntilADocumentOpensIt() {
		ActionItem item = item("1");

		assertThat(item.getOpenness()).isEqualTo(Openness.NAMED);
		assertThat(item.isOpenToMembers()).isFalse();
		assertThat(item.openToEveryMember()).isTrue();
		assertThat(item.openToEveryMember()).isFalse();
		assertThat(item.getOpenness()).isEqualTo(Openness.OPEN_TO_MEMBERS);
		assertThat(item.limitToNamedParties()).isTrue();
		assertThat(item.isOpenToMembers()).isFalse();
	}

	@Test
	void aMemberJoiningAnOpenItemIsRecordedWithWhoJoinedIt() {
		ActionItem item = item("1");
		item.openToEveryMember();

		ItemJoining joining = item.join(dominicanMembership, " focal.point@example.org ");

		assertThat(joining.getCountry()).isEqualTo(dominicanRepublic);
		assertThat(joining.getJoinedBy()).isEqualTo("focal.point@example.org");
		assertThat(joining.getActionItem()).isSameAs(item);
		assertThat(joining.getJoinedAt()).as("the database sets the time").isNull();
		assertThat(item.getJoinings()).containsExactly(joining);
		assertThat(item.hasBeenJoinedBy(dominicanRepublic)).isTrue();
	}

	@Test
	void aSubItemOfAnOpenItemCanBeJoined() {
		ActionItem action = item("7");
		action.openToEveryMember();
		ActionItem subItem = item("7.a");
		subItem.placeUnder(action);

		assertThat(subItem.isOpenToMembersHereOrAbove()).isTrue();
		assertThat(subItem.join(dominicanMembership, "focal.point").getActionItem()).isSameAs(subItem);
	}

	@Test
	void anItemForItsNamedPartiesCannotBeJoined() {
		ActionItem item = item("1");

		assertThatThrownBy(() -> item.join(dominicanMembership, "focal.point")).isInstanceOf(JoiningRefused.class)
			.hasMessageContaining("limited to the parties its document names");
		assertThat(item.getJoinings()).isEmpty();
	}

	@Test
	void aWithdrawnItemCannotBeJoined() {
		ActionItem item = item("1");
		item.openToEveryMember();
		item.withdraw();

		assertThatThrownBy(() -> item.join(dominicanMembership, "focal.point")).isInstanceOf(JoiningRefused.class)
			.hasMessageContaining("withdrawn");
	}

	@Test
	void aCountryWithoutAllianceMembershipCannotJoin() {
		ActionItem item = item("1");
		item.openToEveryMember();

		assertThatThrownBy(() -> item.join(null, "focal.point")).isInstanceOf(JoiningRefused.class)
			.hasMessageContaining("Alliance membership");
	}

	@Test
	void aCountryJoinsAnItemOnlyOnce() {
		ActionItem item = item("1");
		item.openToEveryMember();
		item.join(dominicanMembership, "first.account");

		assertThatThrownBy(() -> item.join(dominicanMembership, "second.account")).isInstanceOf(JoiningRefused.class)
			.hasMessageContaining("already joined item 1");
		assertThat(item.getJoinings()).hasSize(1);
	}

	@Test
	void aCountryThatJoinedTheItemAboveNeedNotJoinItsSubItems() {
		ActionItem action = item("7");
		action.openToEveryMember();
		ActionItem subItem = item("7.a");
		subItem.placeUnder(action);
		action.join(dominicanMembership, "focal.point");

		assertThatThrownBy(() -> subItem.join(dominicanMembership, "focal.point")).isInstanceOf(JoiningRefused.class)
			.hasMessageContaining("already joined item 7, above item 7.a");
	}

	@Test
	void aJoiningNamesWhoMadeIt() {
		ActionItem item = item("1");
		item.openToEveryMember();

		assertThatThrownBy(() -> item.join(dominicanMembership, " ")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("who made it");
	}

	@Test
	void theMemberStatesJoinedByTheJointDeclaration() {
		AllianceMembership spanish = AllianceMembership.byJointDeclaration(spain);
		ActionItem item = item("1");
		item.openToEveryMember();

		assertThat(spanish.isByJointDeclaration()).isTrue();
		assertThat(spanish.getJoinedYear()).isEqualTo(2023);
		assertThat(dominicanMembership.isByJointDeclaration()).isFalse();
		assertThat(item.join(spanish, "focal.point").getCountry()).isEqualTo(spain);
		assertThatThrownBy(() -> AllianceMembership.byJointDeclaration(dominicanRepublic))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("expected an EU member state but found Dominican Republic");
		assertThat(List.of(item.getJoinings().get(0).getCountry())).containsExactly(spain);
	}

	private ActionItem item(String code) {
		return new ActionItem(dialogue, cybersecurity, code, "Action " + code, null,
				ActionItemCategory.CAPACITY_BUILDING, null);
	}

}
