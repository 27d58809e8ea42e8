package eu.lac.alliance.domain.actionitem;

/**
 * What the item list asks for: words to search (empty for none), filters (null for none),
 * the order and the page (1-based). Built only from valid values: the web form turns what
 * it cannot read into "no filter" and says so.
 */
public record ItemQuery(String text, Long policyAreaId, Long dialogueId, String countryCode, StatusFilter status,
		boolean overdueOnly, ItemSort sort, boolean descending, int page, int size) {

	public ItemQuery {
		text = text == null ? "" : text.strip();
		if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("a country is an upper-case ISO alpha-2 code: " + countryCode);
		}
		if (page < 1 || size < 1) {
			throw new IllegalArgumentException("pages start at 1 and hold at least one item: " + page + ", " + size);
		}
		if (sort == null) {
			sort = text.isEmpty() ? ItemSort.CODE : ItemSort.RELEVANCE;
		}
		if (sort == ItemSort.RELEVANCE && text.isEmpty()) {
			sort = ItemSort.CODE;
		}
	}

	public boolean searching() {
		return !text.isEmpty();
	}

	public long offset() {
		return (long) (page - 1) * size;
	}

}
