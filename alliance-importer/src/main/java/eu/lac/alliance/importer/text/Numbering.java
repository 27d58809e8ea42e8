package eu.lac.alliance.importer.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * A heading's or an item's own numbering ("(3)", "3)", "3.", "III.", "C.", "c)", "Área 1
 * –", "Action Area A:"), recognised in one place so that it never leaks into names or
 * codes, and so that a run A, B, C is read as letters while I, II, III is read as roman.
 *
 * @param numeral the numeral as written, without brackets or separator ("C", "iii", "3")
 * @param style how the numeral counts
 * @param end where the text after the numbering starts
 */
public record Numbering(String numeral, Style style, int end) {

	/** How a numeral counts. */
	public enum Style {

		ARABIC, ROMAN, LETTER

	}

	private static final List<VocabularyFile.Entry> WORDS = VocabularyFile.read("numbering-words.tsv");

	/**
	 * A numeral: one to three figures, a roman number up to 39 (so C, D, L, M are always
	 * letters), or a single letter.
	 */
	public static final String NUMERAL = "(?:\\d{1,3}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})(?![\\p{L}])|\\p{L}(?![\\p{L}]))";

	private static final Pattern LEADING = Pattern
		.compile("(?iu)^[\\s\\u00A0]*+(?:[-•*·▪–][\\s\\u00A0]++)?" + "(?:(?<word>" + words("area") + "|"
				+ words("heading") + "|" + words("item") + ")[\\s\\u00A0]++)?(?:\\((?<bracketed>" + NUMERAL
				+ ")\\)|(?<plain>" + NUMERAL + ")(?:[.)]|[\\s\\u00A0]*+[:–—-]))[\\s\\u00A0]++(?=\\S)");

	private static final Pattern AFTER_WORD = Pattern
		.compile("(?iu)^[\\s\\u00A0]*+(?<word>" + words("area") + "|" + words("heading") + "|" + words("item")
				+ ")[\\s\\u00A0]++(?<plain>" + NUMERAL + ")[\\s\\u00A0]++(?=\\p{Lu})");

	/**
	 * The numbering {@code text} opens with, after a bullet if any: "(1) Joint ...", "a)
	 * Intercambio ...", "Área 1 – Conectividade", "III. Qualidade".
	 */
	public static Optional<Numbering> at(String text) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		Matcher matcher = LEADING.matcher(text);
		if (!matcher.lookingAt()) {
			matcher = AFTER_WORD.matcher(text);
			if (!matcher.lookingAt()) {
				return Optional.empty();
			}
		}
		String numeral = matcher.group("plain") != null ? matcher.group("plain") : matcher.group("bracketed");
		return Optional.of(new Numbering(numeral, styleOf(numeral), matcher.end()));
	}

	/** {@code text} without the numbering it opens with; as written when it has none. */
	public static String strip(String text) {
		return at(text).map(numbering -> text.substring(numbering.end())).orElse(text);
	}

	/**
	 * How a numeral counts taken alone: figures are arabic, a valid roman number is roman
	 * (I, V, X as well), any other single letter is a letter.
	 */
	public static Style styleOf(String numeral) {
		if (numeral.chars().allMatch(Character::isDigit)) {
			return Style.ARABIC;
		}
		return numeral.toLowerCase(Locale.ROOT).matches("x{0,3}(?:ix|iv|v?i{0,3})") ? Style.ROMAN : Style.LETTER;
	}

	/**
	 * How a numeral counts in its run: after a letter (A, B) an I or a V is a letter too;
	 * after a roman number (I, II) it is roman.
	 */
	public static Style styleAfter(String numeral, Style previous) {
		Style alone = styleOf(numeral);
		if (alone == Style.ROMAN && numeral.length() == 1 && previous == Style.LETTER) {
			return Style.LETTER;
		}
		return alone;
	}

	/** The rank of a numeral in its style: 3, III and C are all third. */
	public static int rank(String numeral, Style style) {
		String lower = numeral.toLowerCase(Locale.ROOT);
		return switch (style) {
			case ARABIC -> Integer.parseInt(numeral);
			case LETTER -> lower.charAt(0) - 'a' + 1;
			case ROMAN -> roman(lower);
		};
	}

	/**
	 * The vocabulary's words of one meaning ("area", "heading", "item") as a regular
	 * expression alternation, longest first, spaces matching any run of spaces.
	 */
	public static String words(String meaning) {
		return WORDS.stream()
			.filter(entry -> entry.cell(1).equals(meaning))
			.flatMap(entry -> entry.alternatives(0).stream())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(word -> Pattern.quote(word).replace(" ", "\\E\\s+\\Q"))
			.collect(Collectors.joining("|"));
	}

	/**
	 * The value of a lower-case roman numeral of i, v and x ("iv" is 4); 0 for other
	 * letters.
	 */
	public static int roman(String numeral) {
		int value = 0;
		int previous = 0;
		for (int i = numeral.length() - 1; i >= 0; i--) {
			int digit = switch (numeral.charAt(i)) {
				case 'i' -> 1;
				case 'v' -> 5;
				case 'x' -> 10;
				default -> 0;
			};
			value += digit < previous ? -digit : digit;
			previous = Math.max(previous, digit);
		}
		return value;
	}

}
