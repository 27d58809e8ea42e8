package eu.lac.alliance.domain.actionitem;

import java.util.List;
import java.util.Optional;

/** Reads the page of an action item; implemented in the persistence module. */
public interface ItemPageReadModel {

	/**
	 * The page of item {@code itemId}, seen by a focal point of {@code viewerCountry}
	 * (null for other viewers); empty when there is no such item.
	 */
	Optional<ItemPage> page(long itemId, String viewerCountry);

	/**
	 * The updates on the item for the country logged after update {@code seenId} (newest
	 * first): what arrived since a form was opened.
	 */
	List<ItemPage.Update> updatesSince(long itemId, String countryCode, long seenId);

}
