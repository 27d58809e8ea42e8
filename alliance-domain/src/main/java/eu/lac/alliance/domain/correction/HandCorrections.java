package eu.lac.alliance.domain.correction;

import java.util.Collection;
import java.util.List;

/**
 * Which fields of which records people corrected by hand (V15's {@code hand_correction}):
 * written with every correction, read by the item page and by imports, which must not
 * overwrite a corrected field silently.
 */
public interface HandCorrections {

	/** Subject type of action items, as the audit trail names them too. */
	String ITEM = "action_item";

	String DIALOGUE = "dialogue";

	String ORGANISATION = "organisation";

	/**
	 * Records that {@code by} corrected {@code field}; {@code documentValue} (what the
	 * record said before) is kept only from the first correction of the field.
	 */
	void corrected(String subjectType, long subjectId, String field, String by, String documentValue);

	/** The corrected fields of the given records of one type. */
	List<HandCorrection> of(String subjectType, Collection<Long> subjectIds);

	/**
	 * The field follows its document again (an admin took the document's value on
	 * import).
	 */
	void followDocument(String subjectType, long subjectId, String field);

}
