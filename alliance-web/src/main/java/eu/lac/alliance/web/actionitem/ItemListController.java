package eu.lac.alliance.web.actionitem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

import eu.lac.alliance.domain.actionitem.ActionItemSearch;
import eu.lac.alliance.domain.actionitem.ActionItemSearch.FilterOptions;
import eu.lac.alliance.domain.actionitem.ItemQuery;
import eu.lac.alliance.domain.actionitem.ItemSort;
import eu.lac.alliance.domain.actionitem.StatusFilter;
import eu.lac.alliance.domain.dataversion.DataVersions;
import eu.lac.alliance.domain.policyarea.PolicyAreaRef;
import eu.lac.alliance.web.rendering.KeptBodies;

/**
 * {@code /action-items}: search, filters, order and pages. A parameter it cannot read (an
 * unknown status, page -1) is ignored with a notice on the page, never an error page.
 */
@Controller
class ItemListController {

	static final String LIST = "actionitem/list";

	static final int PAGE_SIZE = 25;

	private static final int MAX_QUERY_LENGTH = 200;

	/** The body, from {@code actionitem/list-body.html}, kept per version of the data. */
	static final KeptBodies.Fragment BODY = new KeptBodies.Fragment("actionitem/list-body", "body");

	private final ActionItemSearch search;

	private final ItemListOptions options;

	private final DataVersions versions;

	private final KeptBodies bodies;

	private final Clock clock;

	ItemListController(ActionItemSearch search, ItemListOptions options, DataVersions versions, KeptBodies bodies,
			Clock clock) {
		this.search = search;
		this.options = options;
		this.versions = versions;
		this.bodies = bodies;
		this.clock = clock;
	}

	@InitBinder
	void refuseIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/action-items")
	String list(@ModelAttribute("form") ItemListForm form, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		long version = versions.current();
		FilterOptions options = this.options.under(version);
		List<Notice> notices = new ArrayList<>();
		String text = blankToNull(form.q());
		if (text != null && text.length() > MAX_QUERY_LENGTH) {
			text = text.substring(0, MAX_QUERY_LENGTH);
			notices.add(new Notice("items.notice.queryCut", Integer.toString(MAX_QUERY_LENGTH)));
		}
		PolicyAreaRef area = null;
		if (blankToNull(form.area()) != null) {
			String slug = form.area().strip().toLowerCase(Locale.ROOT);
			area = options.areas().stream().filter(a -> a.slug().equals(slug)).findFirst().orElse(null);
			if (area == null) {
				notices.add(new Notice("items.notice.unknownArea", form.area()));
			}
		}
		String dialogue = null;
		if (blankToNull(form.dialogue()) != null) {
			dialogue = options.dialogues()
				.stream()
				.map(ActionItemSearch.Option::value)
				.filter(form.dialogue().strip()::equals)
				.findFirst()
				.orElse(null);
			if (dialogue == null) {
				notices.add(new Notice("items.notice.unknownDialogue", form.dialogue()));
			}
		}
		String country = null;
		if (blankToNull(form.country()) != null) {
			String code = form.country().strip().toUpperCase(Locale.ROOT);
			country = options.countries()
				.stream()
				.map(ActionItemSearch.Option::value)
				.filter(code::equals)
				.findFirst()
				.orElse(null);
			if (country == null) {
				notices.add(new Notice("items.notice.unknownCountry", form.country()));
			}
		}
		StatusFilter status = null;
		if (blankToNull(form.status()) != null) {
			status = StatusFilter.parse(form.status()).orElse(null);
			if (status == null) {
				notices.add(new Notice("items.notice.unknownStatus", form.status()));
			}
		}
		boolean overdue = form.overdue() != null
				&& List.of("true", "on", "1", "yes").contains(form.overdue().strip().toLowerCase(Locale.ROOT));
		ItemSort sort = null;
		if (blankToNull(form.sort()) != null) {
			sort = parseSort(form.sort()).orElse(null);
			if (sort == null) {
				notices.add(new Notice("items.notice.unknownSort", form.sort()));
			}
		}
		boolean descending = "desc".equalsIgnoreCase(blankToNull(form.dir()));
		int page = 1;
		if (blankToNull(form.page()) != null) {
			String digits = form.page().strip();
			if (digits.matches("[0-9]{1,6}") && Integer.parseInt(digits) >= 1) {
				page = Integer.parseInt(digits);
			}
			else {
				notices.add(new Notice("items.notice.badPage", form.page()));
			}
		}
		ItemQuery query = new ItemQuery(text, area == null ? null : area.id(),
				dialogue == null ? null : Long.valueOf(dialogue), country, status, overdue, sort, descending, page,
				PAGE_SIZE);
		LocalDate today = LocalDate.now(clock);
		ItemListLinks links = new ItemListLinks(query.text(), area == null ? null : area.slug(), dialogue, country,
				status, overdue, query.sort(), descending, page);
		Supplier<Map<String, Object>> body = () -> Map.of("result", search.search(query, today), "options", options,
				"links", links, "notices", notices, "statuses", StatusFilter.values(), "searching", query.searching());
		// a question with a parameter it ignored is answered and not kept, so that what
		// people mistype does not push out what they read
		KeptBodies.InRequest rendering = bodies.in(locale, request, response);
		model.addAttribute("body", notices.isEmpty() ? rendering.kept(BODY, new BodyKey(version, today, query), body)
				: rendering.rendered(BODY, body.get()));
		return LIST;
	}

	private static Optional<ItemSort> parseSort(String value) {
		String name = value.strip().toUpperCase(Locale.ROOT);
		for (ItemSort sort : ItemSort.values()) {
			if (sort.name().equals(name)) {
				return Optional.of(sort);
			}
		}
		return Optional.empty();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Which body: under which version of the data, on which day, for which question. */
	private record BodyKey(long version, LocalDate today, ItemQuery query) {
	}

	/**
	 * Something the page says about a parameter it ignored: a message key and what was
	 * given.
	 */
	record Notice(String key, String given) {
	}

}
