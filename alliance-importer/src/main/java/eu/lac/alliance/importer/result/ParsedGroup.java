package eu.lac.alliance.importer.result;

import java.util.List;

import eu.lac.alliance.domain.source.LineSpan;

/**
 * A named group a document defines, such as "SCALAC members", with the parties it
 * consists of.
 *
 * @param name the group's name as mentions use it
 * @param members its members: countries with their agencies, or organisations
 * @param lines where it is defined
 */
public record ParsedGroup(String name, List<ParsedParty> members, LineSpan lines) {

	public ParsedGroup {
		members = List.copyOf(members);
	}

}
