package eu.lac.alliance.domain.organisation;

import java.util.List;
import java.util.Optional;

import eu.lac.alliance.domain.actionitem.ParticipantRole;
import eu.lac.alliance.domain.policyarea.CoLeadLine;
import eu.lac.alliance.domain.progress.ReportedStatus;

/**
 * What an organisation's page reads, in a fixed number of statements: its co-lead lines
 * and the items it is named on, as a party, as an agency or through a group.
 */
public interface OrganisationReadModel {

	Optional<OrganisationPage> organisation(long id);

	/** How an organisation comes to be named on an item. */
	enum Through {

		/** Named as a party itself. */
		ITSELF,
		/** Named as the agency of a party ("Brazil (MGI and MCTI)", "via GIZ"). */
		AGENCY,
		/** A member of a group named as a party ("SCALAC members"). */
		GROUP

	}

	/**
	 * An item the organisation is named on: the role it holds there, how, and for whom
	 * (the party it is an agency of, or the group it belongs to).
	 */
	record OrganisationItem(long id, String code, String title, long dialogueId, String dialogueTitle,
			ParticipantRole role, Through through, String forWhom, ReportedStatus status) {
	}

	/** An organisation's page. */
	record OrganisationPage(long id, String name, String acronym, OrganisationKind kind, String countryCode,
			String countryName, List<CoLeadLine> coLeads, List<OrganisationItem> items) {
	}

}
