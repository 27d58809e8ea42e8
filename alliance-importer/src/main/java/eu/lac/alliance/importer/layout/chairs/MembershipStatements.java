package eu.lac.alliance.importer.layout.chairs;

import java.util.List;

import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.result.ParsedMembership;

/**
 * Where the chairs' conclusions hand their membership footnote ("These are the 20 LAC countries that
 * adopted the Joint Declaration ... In 2024, Belize, Guyana and Grenada also joined ...") to the shared
 * membership reader, so that this layout does not keep a reader of its own.
 */
final class MembershipStatements {

	private MembershipStatements() {
	}

	/** The memberships {@code text} states; none until the shared reader is in place. */
	static List<ParsedMembership> read(String text, LineSpan lines, CountryGazetteer countries) {
		return List.of();
	}

}
