package eu.lac.alliance.web.actionitem;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.lac.alliance.domain.actionitem.ItemPage;
import eu.lac.alliance.domain.actionitem.ItemPageReadModel;
import eu.lac.alliance.domain.dataversion.DataVersions;
import eu.lac.alliance.web.correction.HandEdits;

/**
 * What an item page shows, read once per version of the data and kept for everyone who
 * sees it the same way: the secretariat and admins, or the focal points of one country
 * (whose page says whether their country takes part). Reading it takes ten statements;
 * while nothing changes, a request takes one, for the version. The parts of the page that
 * hold nothing of one person are kept rendered too ({@code ActionItemPageController});
 * its forms are rendered for each request, since they carry the person's token.
 */
@Component
class KeptItemPages {

	/** Item pages kept at once; one with twenty updates is some tens of kilobytes. */
	private static final int KEPT = 500;

	private final ItemPageReadModel reads;

	private final HandEdits handEdits;

	private final DataVersions versions;

	private final Cache<Key, Shown> pages = Caffeine.newBuilder().maximumSize(KEPT).build();

	KeptItemPages(ItemPageReadModel reads, HandEdits handEdits, DataVersions versions) {
		this.reads = reads;
		this.handEdits = handEdits;
		this.versions = versions;
	}

	/**
	 * An item's page as the viewer sees it, and the hand corrections made to the item,
	 * read under version {@code version} of the data.
	 */
	record Shown(long version, ItemPage page, List<HandEdits.Line> edits) {
	}

	/**
	 * Which page: under which version of the data, of which item, for which country's
	 * eyes.
	 */
	private record Key(long version, long itemId, String viewerCountry) {
	}

	/**
	 * The page of item {@code itemId} for a focal point of {@code viewerCountry} (null
	 * for other viewers); empty when there is no such item, which is not kept.
	 */
	Optional<Shown> page(long itemId, String viewerCountry) {
		long version = versions.current();
		// a loader that finds no item returns null, which Caffeine does not keep
		return Optional.ofNullable(pages.get(new Key(version, itemId, viewerCountry),
				key -> reads.page(itemId, viewerCountry)
					.map(page -> new Shown(version, page, handEdits.ofItem(itemId)))
					.orElse(null)));
	}

}
