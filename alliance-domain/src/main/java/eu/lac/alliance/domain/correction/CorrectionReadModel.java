package eu.lac.alliance.domain.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the correction forms show, read in a fixed number of statements: a record's
 * current values, the choices its form offers, and who corrected or added it when.
 * Implemented in the persistence module.
 */
public interface CorrectionReadModel {

	/** An item's values as its form starts from; empty when there is no such item. */
	Optional<ItemValues> item(long itemId);

	/** A dialogue's values; empty when there is no such dialogue. */
	Optional<DialogueValues> dialogue(long dialogueId);

	/** An organisation's values; empty when there is no such organisation. */
	Optional<OrganisationValues> organisation(long organisationId);

	/**
	 * What an item form of dialogue {@code dialogueId} offers: policy areas, the
	 * dialogue's items as parents (all but {@code itemId}), and every party.
	 */
	ItemChoices itemChoices(long dialogueId, long itemId);

	/** Every country, by name. */
	List<Option> countries();

	/** Every organisation, by name, for choosing the one to merge into. */
	List<Option> organisations();

	/**
	 * Who corrected which field of the record, and who added it by hand, newest first.
	 */
	List<Edit> edits(String subjectType, long subjectId);

	/** A value a select offers, with its label. */
	record Option(String value, String label) {
	}

	/** The choices of an item form. */
	record ItemChoices(List<Option> policyAreas, List<Option> parents, List<PartyOption> parties) {
	}

	/** A party a participant line can name: exactly one of the three ids. */
	record PartyOption(String countryCode, Long organisationId, Long groupId, String label) {
	}

	/** An item as stored. */
	record ItemValues(long id, long dialogueId, String dialogueTitle, String code, String title, String description,
			Long parentId, String category, long policyAreaId, LocalDate deadlineDate, String deadlineWording,
			List<ParticipantValues> participants) {
	}

	/** One participant as stored, agencies by acronym or name. */
	record ParticipantValues(String countryCode, Long organisationId, Long groupId, String role,
			List<String> agencies) {
	}

	/** A dialogue as stored. */
	record DialogueValues(long id, String title, String kind, LocalDate startDate, String startPrecision,
			LocalDate endDate, String endPrecision, String city, String countryCode, List<CoChairValues> coChairs) {
	}

	/** A co-chair as stored: a country or an organisation, and the person. */
	record CoChairValues(String countryCode, Long organisationId, String person) {
	}

	/** An organisation as stored. */
	record OrganisationValues(long id, String name, String acronym, String kind, String countryCode,
			List<String> aliases) {
	}

	/**
	 * A field corrected by hand ({@code field} null: the record was added by hand), by
	 * whom and when.
	 */
	record Edit(String field, String by, Instant at) {
	}

}
