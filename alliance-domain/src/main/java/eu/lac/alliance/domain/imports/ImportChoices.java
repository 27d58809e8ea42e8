package eu.lac.alliance.domain.imports;

import java.util.List;

/**
 * What an admin can choose from when correcting an upload: the dialogues to merge into,
 * the countries, the policy areas and the organisations an unrecognised name can be
 * mapped to.
 */
public interface ImportChoices {

	/** All of them, in a fixed number of statements. */
	Choices choices();

	/** One entry of a choice list: the value sent, and what the admin reads. */
	record Choice(String value, String label) {
	}

	/** The lists of the correction form. */
	record Choices(List<Choice> dialogues, List<Choice> countries, List<Choice> policyAreas,
			List<Choice> organisations) {

		public Choices {
			dialogues = List.copyOf(dialogues);
			countries = List.copyOf(countries);
			policyAreas = List.copyOf(policyAreas);
			organisations = List.copyOf(organisations);
		}

	}

}
