package eu.lac.alliance.importer.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.actionitem.Deadline;
import eu.lac.alliance.domain.dialogue.PartialDate;
import eu.lac.alliance.importer.vocabulary.VocabularyFile;

/**
 * Reads the dates that English, Spanish and Portuguese prose states ("14-16 February
 * 2024", "November 5-6, 2024", "5 y 6 de noviembre de 2024", "by Q2 2025", "para el
 * segundo trimestre de 2025"), because conclusions never write dates the same way twice.
 * Every pattern is free of nested quantifiers, so reading is linear in the length of the
 * text.
 */
public final class DateWording {

	private static final Map<String, Integer> MONTHS = new HashMap<>();

	private static final String MONTH_NAMES;

	static {
		// English, Spanish and Portuguese names and the abbreviations tables use; none
		// that is also a
		// common word next to a year ("set", "out", "ago")
		String[][] names = { { "january", "jan", "enero", "ene", "janeiro" },
				{ "february", "feb", "febrero", "fevereiro", "fev" }, { "march", "mar", "marzo", "março", "marco" },
				{ "april", "apr", "abril", "abr" }, { "may", "mayo", "maio" }, { "june", "jun", "junio", "junho" },
				{ "july", "jul", "julio", "julho" }, { "august", "aug", "agosto" },
				{ "september", "sept", "sep", "septiembre", "setiembre", "setembro" },
				{ "october", "oct", "octubre", "outubro" }, { "november", "nov", "noviembre", "novembro" },
				{ "december", "dec", "diciembre", "dic", "dezembro", "dez" } };
		List<String> written = new ArrayList<>();
		for (int month = 0; month < names.length; month++) {
			for (String name : names[month]) {
				MONTHS.put(fold(name), month + 1);
				written.add(name);
			}
		}
		written.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		MONTH_NAMES = String.join("|", written);
	}

	private static String month(String group) {
		// any word: which words are months is decided in code, far cheaper than a regex
		// alternation
		return "(?<![\\p{L}])(?<" + group + ">\\p{L}{3,10})(?![\\p{L}])\\.?";
	}

	private static String day(String group) {
		return "(?<![\\p{L}\\p{N}.,])(?<" + group + ">[0-3]?\\d)(?!\\d)(?:st|nd|rd|th|º|ª|°)?";
	}

	private static String year(String group) {
		return "(?<" + group + ">(?:19|20)\\d{2})(?![\\p{N}])";
	}

	private static String iso(String y, String m, String d) {
		return "(?<![\\p{N}-])(?<" + y + ">(?:19|20)\\d{2})-(?<" + m + ">[01]\\d)-(?<" + d + ">[0-3]\\d)(?![\\p{N}])";
	}

	/**
	 * "23/10/2024", "23.10.2024", "23-10-2024": day first as Europe and Latin America
	 * write it, month first only when the day could not be a month ("10/23/2024").
	 */
	private static String numeric(String a, String b, String y) {
		return "(?<![\\p{N}/.\\-])(?<" + a + ">[0-3]?\\d)(?<sep" + a + ">[./-])(?<" + b + ">[0-3]?\\d)\\k<sep" + a
				+ ">(?<" + y + ">(?:19|20)\\d{2})(?![\\p{N}])";
	}

	private static final String DAY_TO_MONTH = "\\s++(?:(?:of|de)\\s++)?";

	private static final String MONTH_TO_YEAR = ",?\\s++(?:(?:of|de|del)\\s++)?";

	private static final String DAY_TO_YEAR = ",?\\s++";

	/** The words of dates kept as data: ordinals, periods, weekdays, range articles. */
	private static final List<VocabularyFile.Entry> WORDS = VocabularyFile.read("date-words.tsv");

	private static final Map<String, String> ORDINALS = new HashMap<>();

	private static final Map<String, Integer> PERIODS = new HashMap<>();

	private static final Map<String, String> PARTS = new HashMap<>();

	static {
		for (VocabularyFile.Entry entry : WORDS) {
			for (String word : entry.alternatives(0)) {
				if (entry.cell(1).equals("ordinal")) {
					ORDINALS.put(fold(word), entry.cell(2));
				}
				else if (entry.cell(1).equals("part")) {
					PARTS.put(fold(word), entry.cell(2));
				}
				else if (entry.cell(1).equals("period")) {
					PERIODS.put(fold(word), Integer.parseInt(entry.cell(2)));
				}
			}
		}
	}

	/**
	 * A weekday's name that may stand before a range's last day ("to Wednesday 5"); the
	 * first day needs none, as the range starts at its figure.
	 */
	private static final String WEEKDAY = "(?:(?<![\\p{L}])(?<wd>\\p{L}[\\p{L}-]{4,13}+)(?:\\s*+,)?\\s++)?";

	private static final java.util.Set<String> WEEKDAYS = new java.util.HashSet<>();

	static {
		WORDS.stream()
			.filter(entry -> entry.cell(1).equals("weekday"))
			.flatMap(entry -> entry.alternatives(0).stream())
			.forEach(word -> WEEKDAYS.add(fold(word)));
	}

	private static final String RANGE = "(?:\\s*+[-–—‐‑/]\\s*+|\\s++(?:to|and|y|e|al|a|&|until|till|through|hasta|até)\\s++(?:(?:"
			+ alternation("range-article") + ")\\s++)?)";

	private static final Pattern ANY_YEAR = Pattern.compile("(?:19|20)\\d{2}");

	private static final int WINDOW_BEFORE_YEAR = 120;

	private static final int WINDOW_AFTER_YEAR = 12;

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final List<Rule<DateRange>> EVENT_RULES = List.of(
			rule(day("d1") + RANGE + WEEKDAY + day("d2") + DAY_TO_MONTH + month("m") + MONTH_TO_YEAR + year("y"),
					m -> days(m, "y", "m", "d1", "y", "m", "d2")),
			rule(day("d1") + DAY_TO_MONTH + month("m1") + "(?:" + MONTH_TO_YEAR + year("y1") + ")?" + RANGE + WEEKDAY
					+ day("d2") + DAY_TO_MONTH + month("m2") + MONTH_TO_YEAR + year("y2"),
					m -> days(m, "y1", "m1", "d1", "y2", "m2", "d2")),
			rule(month("m") + "\\s++" + day("d1") + RANGE + day("d2") + DAY_TO_YEAR + year("y"),
					m -> days(m, "y", "m", "d1", "y", "m", "d2")),
			rule(month("m1") + "\\s++" + day("d1") + "(?:" + DAY_TO_YEAR + year("y1") + ")?" + RANGE + month("m2")
					+ "\\s++" + day("d2") + DAY_TO_YEAR + year("y2"), m -> days(m, "y1", "m1", "d1", "y2", "m2", "d2")),
			rule(iso("y1", "m1", "d1") + RANGE + iso("y2", "m2", "d2"),
					m -> days(m, "y1", "m1", "d1", "y2", "m2", "d2")),
			rule(day("d") + DAY_TO_MONTH + month("m") + MONTH_TO_YEAR + year("y"),
					m -> days(m, "y", "m", "d", "y", "m", "d")),
			rule(month("m") + "\\s++" + day("d") + DAY_TO_YEAR + year("y"), m -> days(m, "y", "m", "d", "y", "m", "d")),
			rule(iso("y", "m", "d"), m -> days(m, "y", "m", "d", "y", "m", "d")),
			rule(month("m") + MONTH_TO_YEAR + year("y"), DateWording::monthOnly));

	/**
	 * Nothing that would make the date a full one: no year after it, no further digit or
	 * letter.
	 */
	private static final String NO_YEAR = "(?![\\p{L}\\p{N}])(?!" + MONTH_TO_YEAR + "(?:19|20)\\d{2})";

	/**
	 * Event dates without a year ("on 14 and 15 February"), as stories write them under a
	 * dateline that gives the year; their groups are read as for {@link #EVENT_RULES}.
	 */
	private static final List<Pattern> YEARLESS_RULES = List
		.of(Pattern.compile(day("d1") + RANGE + WEEKDAY + day("d2") + DAY_TO_MONTH + month("m2") + NO_YEAR, FLAGS),
				Pattern.compile(day("d1") + DAY_TO_MONTH + month("m1") + RANGE + day("d2") + DAY_TO_MONTH + month("m2")
						+ NO_YEAR, FLAGS),
				Pattern.compile(month("m2") + "\\s++" + day("d1") + RANGE + day("d2") + NO_YEAR, FLAGS),
				Pattern.compile(day("d2") + DAY_TO_MONTH + month("m2") + NO_YEAR, FLAGS),
				Pattern.compile(month("m2") + "\\s++" + day("d2") + NO_YEAR, FLAGS));

	/** Words that make a date a time limit rather than the day something happened. */
	private static final Pattern LIMIT_BEFORE = Pattern.compile(
			"(?<![\\p{L}])(?:by|until|till|before|deadline:?|due(?:\\s++(?:on|by))?|antes\\s++de|hasta|até|ahead\\s++of|later\\s++than)\\s*+$",
			FLAGS);

	/**
	 * The words before a deadline that belong to its wording: "by", "para el", "during
	 * the", "in the year".
	 */
	private static final Pattern DEADLINE_LEAD = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?:(?<pre>by|before|until|till|in|during|within|for|no later than|not later than|para|"
					+ "antes de|hasta|a más tardar en|a mas tardar en|en|durante|até|ate|em|no|ao longo de)\\s++)?"
					+ "(?:(?:the|el|la|o|a)\\s++)?(?:(?:end|close|finales|final|fin|finais|fim)\\s++(?:of|de|del|do|da)\\s++"
					+ "(?:(?:the|el|la|o|a)\\s++)?)?(?:(?:year|año|ano)\\s++(?:de\\s++)?)?$",
			FLAGS);

	/**
	 * "first", "primer", "1.º", "terceiro": which part of a year a deadline names; any
	 * short word, as for months, the vocabulary deciding in code which are ordinals.
	 */
	private static final String ORDINAL = "(?<![\\p{L}\\p{N}])(?<ord>[\\p{L}\\p{N}][\\p{L}\\p{N}.ºª°]{0,8}+)";

	/** "quarter", "trimestre", "semestre", "half": how many parts the year has. */
	private static final String PERIOD = "(?<period>" + alternation("period") + ")(?![\\p{L}])";

	private static final String OF = "\\s++(?:(?:of|de|del|do|da)\\s++)?(?:the\\s++year\\s++)?";

	/** "end", "finales", "fim", "mediados", "início": which part of a period is meant. */
	private static final String PART = "(?<![\\p{L}\\p{N}])(?<part>" + alternation("part") + ")";

	private static final String PART_SHORT = "(?<![\\p{L}\\p{N}])(?<part>year[- ]end|end|mid|early|late)";

	private static final List<Rule<Due>> DEADLINE_RULES = List.of(
			rule("(?<![\\p{L}\\p{N}])Q(?<q>[1-4])\\s*+[-/]?\\s*+" + year("y"),
					m -> quarter(m, Integer.parseInt(m.group("q")))),
			rule("(?<![\\p{L}\\p{N}])" + year("y") + "\\s*+[-/]?\\s*+Q(?<q>[1-4])(?![\\p{L}\\p{N}])",
					m -> quarter(m, Integer.parseInt(m.group("q")))),
			rule(ORDINAL + "\\s*+" + PERIOD + OF + year("y"), DateWording::ordinalPeriod),
			rule("(?<![\\p{L}\\p{N}])H(?<h>[12])\\s*+[-/]?\\s*+" + year("y"),
					m -> half(m, Integer.parseInt(m.group("h")))),
			rule(PART
					+ "\\s++(?:of|de|del|do|da|dos)\\s++(?:(?:the|el|la|o|a)\\s++)?(?:year\\s++|año\\s++|ano\\s++)?(?:"
					+ month("m") + MONTH_TO_YEAR + ")?" + year("y"), DateWording::partOf),
			rule(PART_SHORT + "[-\\s]++(?:" + month("m") + MONTH_TO_YEAR + ")?" + year("y"), DateWording::partOf),
			rule(day("d") + DAY_TO_MONTH + month("m") + MONTH_TO_YEAR + year("y"), m -> exactDay(m, "y", "m", "d")),
			rule(month("m") + "\\s++" + day("d") + DAY_TO_YEAR + year("y"), m -> exactDay(m, "y", "m", "d")),
			rule(iso("y", "m", "d"), m -> exactDay(m, "y", "m", "d")), rule(numeric("a", "b", "y"), m -> {
				LocalDate day = numericDay(m, "a", "b", "y");
				return day == null ? Reading.impossible() : Reading.of(Due.day(day));
			}), rule(month("m") + MONTH_TO_YEAR + year("y"), DateWording::wholeMonth),
			rule("(?<![\\p{L}\\p{N}])" + year("y") + "(?!\\s*+[-–/]\\s*+\\d)", DateWording::wholeYear));

	private DateWording() {
	}

	/**
	 * The first dates in {@code text} that say when something happened, skipping dates
	 * that are time limits ("by June 2024"). A year alone is not an event date.
	 */
	public static Optional<DateRange> findEventDates(String text) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		for (Found<DateRange> found : findAll(text, EVENT_RULES)) {
			if (!LIMIT_BEFORE.matcher(text).region(Math.max(0, found.start() - 30), found.start()).find()) {
				return Optional.of(found.value());
			}
		}
		return Optional.empty();
	}

	/**
	 * The first dates in {@code text} written without a year ("on 14 and 15 February",
	 * "5-6 de noviembre"), in the year {@code year} that the page states elsewhere (its
	 * dateline); dates that are time limits are skipped as by {@link #findEventDates}.
	 */
	public static Optional<DateRange> findEventDatesWithoutYear(String text, int year) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		DateRange best = null;
		int bestStart = Integer.MAX_VALUE;
		int bestLength = 0;
		for (Pattern rule : YEARLESS_RULES) {
			Matcher m = rule.matcher(text);
			while (m.find()) {
				if (m.start() > bestStart || m.start() == bestStart && m.end() - m.start() <= bestLength) {
					break;
				}
				if (LIMIT_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find()) {
					continue;
				}
				DateRange read = yearless(m, year);
				if (read != null) {
					best = read;
					bestStart = m.start();
					bestLength = m.end() - m.start();
					break;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	private static DateRange yearless(Matcher m, int year) {
		String weekday = group(m, "wd");
		if (weekday != null && !WEEKDAYS.contains(fold(weekday))) {
			return null;
		}
		int endMonth = monthNumber(m.group("m2"));
		String startMonthWritten = group(m, "m1");
		int startMonth = startMonthWritten == null ? endMonth : monthNumber(startMonthWritten);
		if (endMonth == 0 || startMonth == 0) {
			return null;
		}
		String startDay = group(m, "d1") == null ? m.group("d2") : m.group("d1");
		try {
			LocalDate start = LocalDate.of(startMonth > endMonth ? year - 1 : year, startMonth,
					Integer.parseInt(startDay));
			LocalDate end = LocalDate.of(year, endMonth, Integer.parseInt(m.group("d2")));
			if (end.isBefore(start)) {
				return null;
			}
			return new DateRange(PartialDate.day(start), PartialDate.day(end), wording(m));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String group(Matcher m, String name) {
		try {
			return m.group(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static final Pattern NUMERIC_DATES = Pattern
		.compile(numeric("a1", "b1", "y1") + "(?:" + RANGE + numeric("a2", "b2", "y2") + ")?", FLAGS);

	/**
	 * The first date or range written in figures ("23/10/2024", "03.06.2025 -
	 * 05.06.2025"), as a "Date" field states it; day first unless that cannot be.
	 */
	public static Optional<DateRange> findNumericDates(String text) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		Matcher m = NUMERIC_DATES.matcher(text);
		while (m.find()) {
			LocalDate start = numericDay(m, "a1", "b1", "y1");
			LocalDate end = m.group("a2") == null ? start : numericDay(m, "a2", "b2", "y2");
			if (start != null && end != null && !end.isBefore(start)) {
				return Optional.of(new DateRange(PartialDate.day(start), PartialDate.day(end), wording(m)));
			}
		}
		return Optional.empty();
	}

	private static LocalDate numericDay(Matcher m, String a, String b, String y) {
		int first = Integer.parseInt(m.group(a));
		int second = Integer.parseInt(m.group(b));
		int day = second > 12 && first <= 12 ? second : first;
		int month = second > 12 && first <= 12 ? first : second;
		try {
			return LocalDate.of(Integer.parseInt(m.group(y)), month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The earliest deadline {@code text} states, with the phrase that states it ("by Q2
	 * 2025" is due on 30 June 2025). A period is due on its last day, or the day before
	 * it starts when the text says "before" it; a year alone counts only after a word
	 * such as "in" or "by".
	 */
	public static Optional<Deadline> findDeadline(String text) {
		// only the earliest candidate's wording is cut: long texts full of dates stay
		// cheap
		DueCandidate earliest = null;
		for (DueCandidate candidate : dueCandidates(text)) {
			if (earliest == null || candidate.dueOn().isBefore(earliest.dueOn())) {
				earliest = candidate;
			}
		}
		return Optional.ofNullable(earliest).map(candidate -> candidate.deadline(text));
	}

	/**
	 * Every deadline the text states, in text order ("in November 2024 and at the Summit
	 * in 2025" states two), by the same rules as {@link #findDeadline}.
	 */
	public static List<Deadline> findDeadlines(String text) {
		return dueCandidates(text).stream().map(candidate -> candidate.deadline(text)).toList();
	}

	/** A deadline found in a text, its wording not yet cut out. */
	private record DueCandidate(LocalDate dueOn, int start, int end) {

		Deadline deadline(String text) {
			return new Deadline(dueOn, text.substring(start, end).strip().replaceAll("\\s+", " "));
		}

	}

	/**
	 * Every deadline phrase of {@code text}, in text order: the one reading both methods
	 * share.
	 */
	private static List<DueCandidate> dueCandidates(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<DueCandidate> candidates = new ArrayList<>();
		for (Found<Due> found : findAll(text, DEADLINE_RULES)) {
			Matcher lead = DEADLINE_LEAD.matcher(text).region(Math.max(0, found.start() - 40), found.start());
			lead.useTransparentBounds(true);
			boolean led = lead.find();
			String pre = led ? lead.group("pre") : null;
			int start = led ? lead.start() : found.start();
			Due due = found.value();
			if (due.yearAlone() && pre == null) {
				continue;
			}
			boolean before = pre != null && (fold(pre).equals("before") || fold(pre).equals("antes de"));
			LocalDate dueOn = before && due.period() ? due.first().minusDays(1) : due.last();
			candidates.add(new DueCandidate(dueOn, start, found.end()));
		}
		return candidates;
	}

	/**
	 * Every date phrase the rules find, in text order, overlaps resolved in favour of the
	 * earliest and longest. Every phrase holds a year, so the rules run only in windows
	 * around years: long texts with few dates cost little. A phrase that reads as an
	 * impossible date still hides the shorter ones inside it.
	 */
	private static <T> List<Found<T>> findAll(String text, List<Rule<T>> rules) {
		List<Found<T>> all = new ArrayList<>();
		for (int[] window : windowsAroundYears(text)) {
			for (Rule<T> rule : rules) {
				Matcher matcher = rule.pattern().matcher(text);
				matcher.useTransparentBounds(true).useAnchoringBounds(false).region(window[0], window[1]);
				while (matcher.find()) {
					Reading<T> reading = rule.read().apply(matcher);
					if (reading != null) {
						all.add(new Found<>(matcher.start(), matcher.end(), reading.value()));
					}
				}
			}
		}
		all.sort(Comparator.comparingInt((Found<T> f) -> f.start()).thenComparing(f -> -(f.end() - f.start())));
		List<Found<T>> chosen = new ArrayList<>();
		int reached = -1;
		for (Found<T> found : all) {
			if (found.start() >= reached) {
				reached = found.end();
				if (found.value() != null) {
					chosen.add(found);
				}
			}
		}
		return chosen;
	}

	private static List<int[]> windowsAroundYears(String text) {
		List<int[]> windows = new ArrayList<>();
		Matcher years = ANY_YEAR.matcher(text);
		while (years.find()) {
			int from = Math.max(0, years.start() - WINDOW_BEFORE_YEAR);
			int to = Math.min(text.length(), years.end() + WINDOW_AFTER_YEAR);
			int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
			if (last != null && from <= last[1]) {
				last[1] = to;
			}
			else {
				windows.add(new int[] { from, to });
			}
		}
		return windows;
	}

	private static Reading<DateRange> days(Matcher m, String y1, String m1, String d1, String y2, String m2,
			String d2) {
		String weekday = group(m, "wd");
		if (weekday != null && !WEEKDAYS.contains(fold(weekday))) {
			return null;
		}
		int endMonth = monthNumber(m.group(m2));
		int startMonth = monthNumber(m.group(m1));
		if (endMonth == 0 || startMonth == 0) {
			return null;
		}
		try {
			int endYear = Integer.parseInt(m.group(y2));
			int startYear = m.group(y1) != null ? Integer.parseInt(m.group(y1))
					: startMonth > endMonth ? endYear - 1 : endYear;
			LocalDate start = LocalDate.of(startYear, startMonth, Integer.parseInt(m.group(d1)));
			LocalDate end = LocalDate.of(endYear, endMonth, Integer.parseInt(m.group(d2)));
			if (end.isBefore(start)) {
				return Reading.impossible();
			}
			return Reading.of(new DateRange(PartialDate.day(start), PartialDate.day(end), wording(m)));
		}
		catch (DateTimeException ex) {
			return Reading.impossible();
		}
	}

	private static Reading<DateRange> monthOnly(Matcher m) {
		int month = monthNumber(m.group("m"));
		if (month == 0) {
			return null;
		}
		PartialDate date = PartialDate.month(Integer.parseInt(m.group("y")), month);
		return Reading.of(new DateRange(date, date, wording(m)));
	}

	private static Reading<Due> quarter(Matcher m, int quarter) {
		YearMonth first = YearMonth.of(Integer.parseInt(m.group("y")), quarter * 3 - 2);
		return Reading.of(Due.period(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
	}

	private static Reading<Due> half(Matcher m, int half) {
		YearMonth first = YearMonth.of(Integer.parseInt(m.group("y")), half * 6 - 5);
		return Reading.of(Due.period(first.atDay(1), first.plusMonths(5).atEndOfMonth()));
	}

	private static Reading<Due> wholeMonth(Matcher m) {
		int month = monthNumber(m.group("m"));
		if (month == 0) {
			return null;
		}
		YearMonth period = YearMonth.of(Integer.parseInt(m.group("y")), month);
		return Reading.of(Due.period(period.atDay(1), period.atEndOfMonth()));
	}

	private static Reading<Due> wholeYear(Matcher m) {
		int year = Integer.parseInt(m.group("y"));
		return Reading.of(new Due(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), true, true));
	}

	private static Reading<Due> exactDay(Matcher m, String y, String mo, String d) {
		int month = monthNumber(m.group(mo));
		if (month == 0) {
			return null;
		}
		try {
			return Reading.of(Due.day(LocalDate.of(Integer.parseInt(m.group(y)), month, Integer.parseInt(m.group(d)))));
		}
		catch (DateTimeException ex) {
			return Reading.impossible();
		}
	}

	/**
	 * "The end of 2025", "mid-2025", "early March 2025": the last day the part of the
	 * period can mean.
	 */
	private static Reading<Due> partOf(Matcher m) {
		int year = Integer.parseInt(m.group("y"));
		String part = fold(m.group("part"));
		String which = PARTS.getOrDefault(part, "end");
		boolean early = which.equals("start") || part.equals("early");
		boolean middle = which.equals("middle") || part.equals("mid");
		if (m.group("m") != null) {
			int number = monthNumber(m.group("m"));
			if (number == 0) {
				return null;
			}
			YearMonth month = YearMonth.of(year, number);
			return Reading.of(Due.day(early ? month.atDay(10) : middle ? month.atDay(15) : month.atEndOfMonth()));
		}
		return Reading.of(Due
			.day(early ? LocalDate.of(year, 3, 31) : middle ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31)));
	}

	/**
	 * "The third quarter", "el segundo semestre", "1.º trimestre": the part of the year
	 * its ordinal and period words name, or no date when the ordinal exceeds the parts.
	 */
	private static Reading<Due> ordinalPeriod(Matcher m) {
		int parts = PERIODS.getOrDefault(fold(m.group("period")), 0);
		String ordinal = ORDINALS.get(fold(m.group("ord")));
		if (parts == 0 || ordinal == null) {
			return null;
		}
		int part = ordinal.equals("last") ? parts : Integer.parseInt(ordinal);
		if (part > parts) {
			return Reading.impossible();
		}
		return parts == 4 ? quarter(m, part) : half(m, part);
	}

	/**
	 * The words of one meaning in the vocabulary, longest first, as regex alternatives.
	 */
	private static String alternation(String meaning) {
		return WORDS.stream()
			.filter(entry -> entry.cell(1).equals(meaning))
			.flatMap(entry -> entry.alternatives(0).stream())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(word -> Pattern.quote(word).replace(" ", "\\E\\s++\\Q"))
			.collect(java.util.stream.Collectors.joining("|"));
	}

	/** The month a word names, in any of the three languages, or 0 when it names none. */
	private static int monthNumber(String written) {
		if (!written.isEmpty() && written.chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(written);
		}
		return MONTHS.getOrDefault(fold(written), 0);
	}

	private static String wording(Matcher m) {
		return m.group().strip().replaceAll("\\s+", " ");
	}

	private static String fold(String text) {
		String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return stripped.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
	}

	private static <T> Rule<T> rule(String regex, Function<Matcher, Reading<T>> read) {
		return new Rule<>(Pattern.compile(regex, FLAGS), read);
	}

	/**
	 * A pattern and how to read what it matched; the reading is null when the match is no
	 * date at all.
	 */
	private record Rule<T>(Pattern pattern, Function<Matcher, Reading<T>> read) {
	}

	/**
	 * A date phrase read: its value, or none for an impossible date such as 30 February.
	 */
	private record Reading<T>(T value) {

		static <T> Reading<T> of(T value) {
			return new Reading<>(value);
		}

		static <T> Reading<T> impossible() {
			return new Reading<>(null);
		}

	}

	private record Found<T>(int start, int end, T value) {
	}

	/**
	 * A time limit before its leading words are read: the first and last day of the
	 * period it names, whether it is a period that "before" moves, and whether it is a
	 * year alone.
	 */
	private record Due(LocalDate first, LocalDate last, boolean period, boolean yearAlone) {

		static Due period(LocalDate first, LocalDate last) {
			return new Due(first, last, true, false);
		}

		static Due day(LocalDate day) {
			return new Due(day, day, false, false);
		}

	}

}
