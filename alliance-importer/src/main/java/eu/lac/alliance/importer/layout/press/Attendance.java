package eu.lac.alliance.importer.layout.press;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many took part, as stories put it: "over 150 senior government representatives",
 * "more than 200 participants", "más de 300 participantes". The number is what the story
 * states; "over" is not added to.
 *
 * @param count the number stated
 * @param start where the statement starts in the searched text
 */
record Attendance(int count, int start) {

	private static final Pattern COUNT = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?:over|more\\s++than|some|around|"
			+ "about|nearly|almost|approximately|up\\s++to|at\\s++least|más\\s++de|mas\\s++de|cerca\\s++de|alrededor\\s++de|"
			+ "unos|unas|mais\\s++de)\\s++)?(?<count>\\d{1,3}(?:[,.]\\d{3})++|\\d{1,6})\\+?\\s++(?:[\\p{L}-]++\\s++){0,4}?"
			+ "(?:participants|representatives|delegates|attendees|experts|stakeholders|officials|people|speakers|"
			+ "participantes|representantes|delegados|delegadas|asistentes|expertos|expertas|especialistas|pessoas|personas)"
			+ "(?![\\p{L}])");

	/** The first number of participants {@code text} states. */
	static Optional<Attendance> in(String text) {
		Matcher matcher = COUNT.matcher(text);
		while (matcher.find()) {
			String digits = matcher.group("count").replaceAll("[,.]", "");
			if (digits.length() <= 7) {
				int count = Integer.parseInt(digits);
				if (count > 0) {
					return Optional.of(new Attendance(count, matcher.start()));
				}
			}
		}
		return Optional.empty();
	}

}
