package eu.lac.alliance.domain.dialogue;

import java.util.List;
import java.util.Optional;

import eu.lac.alliance.domain.actionitem.ItemNode;
import eu.lac.alliance.domain.organisation.PartyRef;
import eu.lac.alliance.domain.policyarea.ObjectiveScope;
import eu.lac.alliance.domain.policyarea.PolicyAreaRef;

/**
 * What the dialogue pages read, in a fixed number of statements whatever the number of
 * dialogues and items, without loading entities.
 */
public interface DialogueReadModel {

	/** Every dialogue, the earliest first (undated ones last). */
	List<DialogueSummary> dialogues();

	Optional<DialogueDetail> dialogue(long id);

	/** A dialogue as the list shows it. */
	record DialogueSummary(long id, String title, DialogueKind kind, PartialDate start, PartialDate end, String city,
			String hostCountryCode, String hostCountryName, Integer participantCount, CountQualifier countQualifier,
			List<CoChairLine> coChairs, List<SourceRef> sources, long activeItems) {
	}

	/** A co-chair with the person who chaired, when the document names one. */
	record CoChairLine(PartyRef party, String person) {
	}

	/** A source document a dialogue was read from. */
	record SourceRef(long id, String fileName) {
	}

	/** An objective at its depth in the dialogue's tree of objectives. */
	record ObjectiveLine(long id, int depth, String areaName, ObjectiveScope scope, String code, String title,
			String text) {
	}

	/** A dialogue with its objectives, themes, policy areas and items as a tree. */
	record DialogueDetail(DialogueSummary summary, List<ObjectiveLine> objectives, List<String> themes,
			List<PolicyAreaRef> policyAreas, List<ItemNode> items) {
	}

}
