package eu.lac.alliance.importer.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.lac.alliance.domain.actionitem.ActionItem;
import eu.lac.alliance.domain.actionitem.ItemSnapshot;
import eu.lac.alliance.domain.correction.HandCorrection;
import eu.lac.alliance.domain.correction.HandCorrections;

/**
 * Keeps what people corrected by hand through the import of a revised document: before
 * the items are revised it notes each hand-corrected field's value; afterwards, for each
 * such field the document now says otherwise, it reports a conflict and puts the hand
 * value back, unless the admin chose the document's, in which case the field follows its
 * document again. Preview and import run the same code, so the preview's conflicts are
 * exactly the import's.
 */
@Component
class HandCorrectionGuard {

	private final HandCorrections handCorrections;

	HandCorrectionGuard(HandCorrections handCorrections) {
		this.handCorrections = handCorrections;
	}

	/** Notes the hand values of the corrected fields of {@code items}. */
	Watch watch(List<ActionItem> items) {
		Map<Long, ActionItem> byId = new LinkedHashMap<>();
		items.forEach(item -> byId.put(item.getId(), item));
		Map<Long, List<HandCorrection>> corrections = new LinkedHashMap<>();
		for (HandCorrection correction : handCorrections.of(HandCorrections.ITEM, byId.keySet())) {
			if (ItemSnapshot.FIELDS.contains(correction.field())) {
				corrections.computeIfAbsent(correction.subjectId(), id -> new ArrayList<>()).add(correction);
			}
		}
		List<Watched> watched = new ArrayList<>();
		corrections.forEach((id, fields) -> {
			ActionItem item = byId.get(id);
			watched.add(new Watched(item, ItemSnapshot.of(item), fields));
		});
		return new Watch(watched);
	}

	/** The corrected items of one import, as they were before it. */
	final class Watch {

		private final List<Watched> watched;

		private Watch(List<Watched> watched) {
			this.watched = watched;
		}

		/**
		 * After the document was applied: reports every corrected field it changed, and
		 * keeps the hand value unless the run takes the document's.
		 */
		void settle(ImportRun run, List<ActionItem> dialogueItems) {
			for (Watched one : watched) {
				ItemSnapshot fromDocument = ItemSnapshot.of(one.item());
				for (HandCorrection correction : one.corrections()) {
					String field = correction.field();
					String hand = one.hand().text(field);
					String document = fromDocument.text(field);
					if (hand.equals(document)) {
						continue;
					}
					long id = one.item().getId();
					boolean takeDocument = run.takeFromDocument.contains(new ImportReport.FieldChoice(id, field));
					run.conflicts.add(new ImportReport.Conflict(id, one.hand().text(ItemSnapshot.CODE), field, hand,
							document, correction.correctedBy(), correction.correctedAt(), takeDocument));
					if (takeDocument) {
						handCorrections.followDocument(HandCorrections.ITEM, id, field);
					}
					else {
						one.hand().restore(field, one.item(), dialogueItems);
					}
				}
			}
		}

	}

	private record Watched(ActionItem item, ItemSnapshot hand, List<HandCorrection> corrections) {
	}

}
