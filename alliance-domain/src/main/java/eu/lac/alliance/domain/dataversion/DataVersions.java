package eu.lac.alliance.domain.dataversion;

/**
 * The version of the data: a number the database raises in every transaction that changes
 * anything a page shows (items, participants, statuses, the log and its comments,
 * organisations, sources, hand corrections). Whatever is computed or rendered from the
 * data under one version stays right until it changes, so pages keep it under that
 * version; readers see the new version exactly when they see the change.
 */
public interface DataVersions {

	/** The version now. */
	long current();

}
