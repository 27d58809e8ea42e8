package eu.lac.alliance.importer.text;

/**
 * How much work one upload may cost: a PDF with more pages, or any document with more
 * characters of text, is refused rather than read to the end, so that a 5,000-page PDF or
 * a zip bomb cannot exhaust the portal's memory.
 *
 * @param pages the most pages a PDF may have
 * @param characters the most characters of text a document may give
 */
public record DocumentLimits(int pages, int characters) {

	/**
	 * 2,000 pages; 12 million characters, over twice what a 5 MB text document holds.
	 */
	public static final DocumentLimits DEFAULT = new DocumentLimits(2_000, 12_000_000);

	public DocumentLimits {
		if (pages < 1 || characters < 1) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

}
