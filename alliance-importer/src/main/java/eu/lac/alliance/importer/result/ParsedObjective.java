package eu.lac.alliance.importer.result;

import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.source.LineSpan;

/**
 * An objective above the action items: the dialogue's overall objective, an action area's
 * specific objective ("Action Area I: Diplomatic level"), or a component ("1.1 Support AI
 * governance efforts in the region").
 *
 * @param code the code that action items point at with {@code objectiveCode} ("I", "1.1",
 * "1"), or null
 * @param title a short name ("Diplomatic level"), or null
 * @param text the objective itself
 * @param scope what it covers
 * @param policyArea the policy area's name
 * @param parentCode the code of the objective it sits under ("1" for "1.1"), or null
 * @param lines where it is stated
 */
public record ParsedObjective(String code, String title, String text, ObjectiveScope scope, String policyArea,
		String parentCode, LineSpan lines) {
}
