package eu.lac.alliance.domain.correction;

/**
 * Moves every reference to one organisation onto another (participations, agencies,
 * co-lead lines, co-chairs, group members), so that the duplicate can be removed: a set
 * of statements no entity graph expresses well.
 */
public interface OrganisationMerge {

	/**
	 * Points every reference to {@code duplicateId} at {@code keptId}, then deletes the
	 * duplicate; returns how many references moved.
	 */
	int moveReferencesAndDelete(long duplicateId, long keptId);

}
