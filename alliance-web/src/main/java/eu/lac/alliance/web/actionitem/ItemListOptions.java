package eu.lac.alliance.web.actionitem;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.lac.alliance.domain.actionitem.ActionItemSearch;
import eu.lac.alliance.domain.actionitem.ActionItemSearch.FilterOptions;

/**
 * What the item list's filters offer (policy areas, dialogues, countries taking part),
 * read once per version of the data: every question asked under one version reads the
 * same choices, and checks its parameters against them.
 */
@Component
class ItemListOptions {

	private final ActionItemSearch search;

	private final Cache<Long, FilterOptions> options = Caffeine.newBuilder().maximumSize(2).build();

	ItemListOptions(ActionItemSearch search) {
		this.search = search;
	}

	FilterOptions under(long version) {
		return options.get(version, v -> search.options());
	}

}
