package eu.lac.alliance.importer.imports;

import java.util.Collection;
import java.util.Optional;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.dialogue.Dialogue;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.importer.result.ParsedDialogue;

/**
 * Decides whether a document describes a dialogue the portal already has, so that a press
 * release about a dialogue enriches it rather than creating a second one. Two accounts
 * are one dialogue when their dates overlap and they took place in the same city or
 * country, or when, lacking dates, their titles are nearly the same.
 */
final class DialogueMatcher {

	private static final double SAME_TITLE = 0.75;

	private DialogueMatcher() {
	}

	static Optional<Dialogue> match(ParsedDialogue parsed, Collection<Dialogue> existing) {
		if (parsed == null) {
			return Optional.empty();
		}
		Dialogue best = null;
		double bestScore = 0;
		for (Dialogue dialogue : existing) {
			double score = score(parsed, dialogue);
			if (score > bestScore) {
				best = dialogue;
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}

	private static double score(ParsedDialogue parsed, Dialogue dialogue) {
		double titles = TextSimilarity.of(parsed.title(), dialogue.getTitle());
		boolean exactTitle = parsed.title() != null
				&& NameKey.of(parsed.title()).equals(NameKey.of(dialogue.getTitle()));
		Boolean datesOverlap = overlap(parsed.start(), parsed.end(), dialogue.getStart(), dialogue.getEnd());
		boolean samePlace = parsed.city() != null && dialogue.getCity() != null
				&& NameKey.of(parsed.city()).equals(NameKey.of(dialogue.getCity()))
				|| parsed.countryCode() != null && dialogue.getHostCountry() != null
						&& parsed.countryCode().equals(dialogue.getHostCountry().getCode());
		if (Boolean.FALSE.equals(datesOverlap)) {
			return 0;
		}
		if (Boolean.TRUE.equals(datesOverlap) && samePlace) {
			return 2 + titles;
		}
		if (exactTitle || titles >= SAME_TITLE) {
			return 1 + titles;
		}
		return 0;
	}

	/** TRUE or FALSE when both have dates; null when either lacks them. */
	private static Boolean overlap(PartialDate aStart, PartialDate aEnd, PartialDate bStart, PartialDate bEnd) {
		if (aStart == null || bStart == null) {
			return null;
		}
		PartialDate aLast = aEnd != null ? aEnd : aStart;
		PartialDate bLast = bEnd != null ? bEnd : bStart;
		return !aLast.latest().isBefore(bStart.earliest()) && !bLast.latest().isBefore(aStart.earliest());
	}

}
