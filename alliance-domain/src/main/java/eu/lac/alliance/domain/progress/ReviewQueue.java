package eu.lac.alliance.domain.progress;

import java.util.List;
import java.util.Optional;

import eu.lac.alliance.domain.actionitem.ItemPage;

/** What awaits the secretariat's decision, oldest first; implemented in persistence. */
public interface ReviewQueue {

	/** Pending updates, oldest first, at most {@code limit}. */
	List<Pending> pending(int limit);

	/** How many updates await a decision. */
	long pendingCount();

	/** The decision on an update, if one was made: who made it and which. */
	Optional<Decision> decisionOn(long updateId);

	/** A pending update with the item it is on. */
	record Pending(long itemId, String itemCode, String itemTitle, ItemPage.Update update) {
	}

	/** The one decision on an update. */
	record Decision(ReviewState decision, String reviewer) {
	}

}
