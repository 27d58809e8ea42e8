package eu.lac.alliance.importer.layout.press;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.country.NameKey;
import eu.lac.alliance.domain.dialogue.CountQualifier;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * How many took part, as stories put it: "over 150 senior government representatives",
 * "more than 200 participants", "más de 300 participantes", "two hundred delegates",
 * "doscientos participantes". The number is what the story states; "over" is not added
 * to. Numbers written in words count from twenty, so that "two experts presented" is no
 * attendance.
 *
 * @param count the number stated
 * @param start where the statement starts in the searched text
 * @param qualifier how the story qualifies the number ("over"), null when it does not
 */
record Attendance(int count, int start, CountQualifier qualifier) {

	/** Characters before a number searched for its qualifier. */
	private static final int LONGEST_QUALIFIER = 40;

	/** Qualifier wordings of {@code count-qualifiers.tsv}, lower case, single spaces. */
	private static final Map<String, CountQualifier> QUALIFIERS = new LinkedHashMap<>();

	static {
		for (VocabularyFile.Entry entry : VocabularyFile.read("count-qualifiers.tsv")) {
			CountQualifier qualifier = CountQualifier.valueOf(entry.cell(0));
			for (String wording : entry.alternatives(1)) {
				QUALIFIERS.putIfAbsent(spaced(wording), qualifier);
			}
		}
	}

	/** Number words of the three languages and their values; -100 and -1000 multiply. */
	private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();

	private static final int HUNDRED = -100;

	private static final int THOUSAND = -1000;

	private static final int SMALLEST_IN_WORDS = 20;

	static {
		String[] units = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
		String[] unidades = { "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve" };
		String[] unidades2 = { "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove" };
		for (int i = 0; i < 9; i++) {
			NUMBER_WORDS.put(units[i], i + 1);
			NUMBER_WORDS.put(unidades[i], i + 1);
			NUMBER_WORDS.put(unidades2[i], i + 1);
		}
		String[][] tens = { { "ten", "diez", "dez" }, { "twenty", "veinte", "vinte" },
				{ "thirty", "treinta", "trinta" }, { "forty", "cuarenta", "quarenta" },
				{ "fifty", "cincuenta", "cinquenta" }, { "sixty", "sesenta", "sessenta" }, { "seventy", "setenta" },
				{ "eighty", "ochenta", "oitenta" }, { "ninety", "noventa" } };
		for (int i = 0; i < tens.length; i++) {
			for (String word : tens[i]) {
				NUMBER_WORDS.put(word, (i + 1) * 10);
			}
		}
		String[][] hundreds = { { "cien", "ciento", "cem", "cento" },
				{ "doscientos", "doscientas", "duzentos", "duzentas" },
				{ "trescientos", "trescientas", "trezentos", "trezentas" },
				{ "cuatrocientos", "cuatrocientas", "quatrocentos", "quatrocentas" },
				{ "quinientos", "quinientas", "quinhentos", "quinhentas" },
				{ "seiscientos", "seiscientas", "seiscentos", "seiscentas" },
				{ "setecientos", "setecientas", "setecentos", "setecentas" },
				{ "ochocientos", "ochocientas", "oitocentos", "oitocentas" },
				{ "novecientos", "novecientas", "novecentos", "novecentas" } };
		for (int i = 0; i < hundreds.length; i++) {
			for (String word : hundreds[i]) {
				NUMBER_WORDS.put(word, (i + 1) * 100);
			}
		}
		NUMBER_WORDS.put("hundred", HUNDRED);
		NUMBER_WORDS.put("thousand", THOUSAND);
		NUMBER_WORDS.put("mil", THOUSAND);
	}

	private static final String NUMBER_WORD = "(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty"
			+ "|fifty|sixty|seventy|eighty|ninety|hundred|thousand|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez"
			+ "|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscient[oa]s|trescient[oa]s|cuatrocient[oa]s|quinient[oa]s"
			+ "|seiscient[oa]s|setecient[oa]s|ochocient[oa]s|novecient[oa]s"
			+ "|mil|um|dois|três|quatro|sete|oito|nove|dez|vinte|trinta|quarenta|cinquenta|sessenta|oitenta|cem|cento"
			+ "|duzent[oa]s|trezent[oa]s|quatrocent[oa]s|quinhent[oa]s|seiscent[oa]s|setecent[oa]s|oitocent[oa]s"
			+ "|novecent[oa]s)";

	private static final Pattern COUNT = Pattern
		.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?<count>\\d{1,3}(?:[,.]\\d{3})++|\\d{1,6})\\+?" + "|(?<words>"
				+ NUMBER_WORD + "(?:(?:[\\s-]++(?:and|y|e)\\s++|[\\s-]++)" + NUMBER_WORD + "){0,4}))"
				+ "\\s++(?:[\\p{L}-]++\\s++){0,4}?"
				+ "(?:participants|representatives|delegates|attendees|experts|stakeholders|officials|people|"
				+ "(?<panel>speakers|panell?ists|ponentes|oradores|palestrantes)|"
				+ "participantes|representantes|delegados|delegadas|asistentes|expertos|expertas|especialistas|pessoas|personas)"
				+ "(?![\\p{L}])");

	private static String spaced(String wording) {
		return wording.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * The qualifier written just before the number ("over 150"), looked up backwards from
	 * where the number starts, so that the count pattern does not try every qualifier at
	 * every position of a long line.
	 */
	private static CountQualifier qualifierBefore(String text, int numberStart) {
		String before = " " + spaced(text.substring(Math.max(0, numberStart - LONGEST_QUALIFIER), numberStart)) + " ";
		CountQualifier found = null;
		int longest = 0;
		for (Map.Entry<String, CountQualifier> entry : QUALIFIERS.entrySet()) {
			String wording = entry.getKey();
			if (wording.length() > longest && before.endsWith(" " + wording + " ")) {
				found = entry.getValue();
				longest = wording.length();
			}
		}
		return found;
	}

	/** The first number of participants {@code text} states. */
	static Optional<Attendance> in(String text) {
		Optional<Attendance> all = first(text, false);
		return all.isPresent() ? all : first(text, true);
	}

	/**
	 * The first count of those who took part; the speakers on the panels count only when
	 * the text states no other ("40 speakers and over 400 participants" is 400).
	 */
	private static Optional<Attendance> first(String text, boolean panel) {
		Matcher matcher = COUNT.matcher(text);
		while (matcher.find()) {
			if ((matcher.group("panel") != null) != panel) {
				continue;
			}
			if (matcher.group("words") != null) {
				int count = inWords(matcher.group("words"));
				if (count >= SMALLEST_IN_WORDS) {
					return Optional.of(new Attendance(count, matcher.start(), qualifierBefore(text, matcher.start())));
				}
				continue;
			}
			String digits = matcher.group("count").replaceAll("[,.]", "");
			if (digits.length() <= 7) {
				int count = Integer.parseInt(digits);
				if (count > 0) {
					return Optional.of(new Attendance(count, matcher.start(), qualifierBefore(text, matcher.start())));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * "two hundred and fifty" is 250, "a thousand" 1000, "doscientos cincuenta" 250; 0
	 * when the words make no number.
	 */
	static int inWords(String words) {
		int total = 0;
		int current = 0;
		boolean any = false;
		for (String word : words.split("[\\s-]+")) {
			String key = NameKey.of(word);
			if (key.equals("a") || key.equals("and") || key.equals("y") || key.equals("e")) {
				continue;
			}
			Integer value = NUMBER_WORDS.get(key);
			if (value == null) {
				return 0;
			}
			any = true;
			if (value == HUNDRED) {
				current = (current == 0 ? 1 : current) * 100;
			}
			else if (value == THOUSAND) {
				total += (current == 0 ? 1 : current) * 1000;
				current = 0;
			}
			else {
				current += value;
			}
		}
		return any ? total + current : 0;
	}

}
