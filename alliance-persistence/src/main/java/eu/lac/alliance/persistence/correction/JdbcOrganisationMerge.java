package eu.lac.alliance.persistence.correction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.lac.alliance.domain.correction.OrganisationMerge;

/**
 * Moves every reference to a duplicate organisation onto the one kept, in set-based
 * statements, dropping a reference the kept one already has in the same place (an item
 * naming both, a group listing both), then deletes the duplicate.
 */
@Repository
class JdbcOrganisationMerge implements OrganisationMerge {

	private final JdbcClient jdbc;

	JdbcOrganisationMerge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int moveReferencesAndDelete(long duplicateId, long keptId) {
		int moved = 0;
		jdbc.sql(
				"""
						delete from participation d where d.organisation_id = :dup and exists (
						    select 1 from participation k where k.action_item_id = d.action_item_id and k.organisation_id = :kept)
						""")
			.param("dup", duplicateId)
			.param("kept", keptId)
			.update();
		moved += update("update participation set organisation_id = :kept where organisation_id = :dup", duplicateId,
				keptId);
		moved += update("update participation_agency set organisation_id = :kept where organisation_id = :dup",
				duplicateId, keptId);
		jdbc.sql("""
				delete from co_lead d where d.organisation_id = :dup and exists (
				    select 1 from co_lead k where k.dialogue_id = d.dialogue_id and k.policy_area_id = d.policy_area_id
				    and k.role = d.role and k.organisation_id = :kept)
				""").param("dup", duplicateId).param("kept", keptId).update();
		moved += update("update co_lead set organisation_id = :kept where organisation_id = :dup", duplicateId, keptId);
		moved += update("update dialogue_co_chair set organisation_id = :kept where organisation_id = :dup",
				duplicateId, keptId);
		jdbc.sql(
				"""
						delete from organisation_group_member d where d.organisation_id = :dup and exists (
						    select 1 from organisation_group_member k where k.group_id = d.group_id and k.organisation_id = :kept)
						""")
			.param("dup", duplicateId)
			.param("kept", keptId)
			.update();
		moved += update("update organisation_group_member set organisation_id = :kept where organisation_id = :dup",
				duplicateId, keptId);
		jdbc.sql("delete from organisation where id = :dup").param("dup", duplicateId).update();
		return moved;
	}

	private int update(String sql, long duplicateId, long keptId) {
		return jdbc.sql(sql).param("dup", duplicateId).param("kept", keptId).update();
	}

}
