package eu.lac.alliance.domain.imports;

/**
 * What one import did to one kind of element (action items, objectives, ...).
 *
 * @param created new records
 * @param updated existing records it changed
 * @param unchanged existing records it matched and left as they were
 * @param withdrawn existing records it withdrew or replaced
 */
public record ElementCounts(int created, int updated, int unchanged, int withdrawn) {

	/** Whether it changed or removed anything that existed before the import. */
	public boolean touchedExisting() {
		return updated > 0 || withdrawn > 0;
	}

}
