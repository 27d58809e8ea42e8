package eu.lac.alliance.importer.layout.press;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import eu.lac.alliance.domain.dialogue.DialogueKind;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.DialogueKinds;
import eu.lac.alliance.importer.document.Layout;
import eu.lac.alliance.importer.document.LayoutParser;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.document.ReadingPosition;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.party.OrganisationCatalogue;
import eu.lac.alliance.importer.result.ParsedDialogue;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.result.ParsedObjective;
import eu.lac.alliance.importer.result.ParsedText;
import eu.lac.alliance.importer.result.ParsedPolicyArea;
import eu.lac.alliance.importer.text.DateRange;
import eu.lac.alliance.importer.text.DateWording;
import eu.lac.alliance.importer.text.MeetingSentence;
import eu.lac.alliance.importer.text.PlaceWording;
import eu.lac.alliance.importer.text.PlaceWording.Place;

/**
 * Reads a press release or news story about a dialogue, as copied from a web page: which
 * event, when, where, who co-chaired, how many took part, and the pillars it agreed on.
 * Only the story counts: the page's navigation and the other stories listed after it are
 * cut away before anything is read.
 */
public final class PressReleaseParser implements LayoutParser {

	private static final Pattern EU_LAC = Pattern.compile("(?iu)\\bEU[-–]LAC\\b|\\bUE[-–]ALC\\b|\\bEU[-–]CELAC\\b"
			+ "|\\bUE[-–]CELAC\\b|\\bDigital\\s+Alliance\\b|\\bAlianza\\s+Digital\\b|\\bAliança\\s+Digital\\b");

	private static final int MINIMUM_PROSE_WORDS = 12;

	@Override
	public Layout layout() {
		return Layout.PRESS_RELEASE;
	}

	@Override
	public int recognise(SourceText text) {
		return PressReleaseTraits.score(text);
	}

	@Override
	public ParsedDocument read(SourceText text, ParseContext context, ReadingPosition position) {
		NewsPage page = NewsPage.read(text);
		if (page.headline() == null
				|| page.paragraphs().stream().noneMatch(p -> NewsPage.words(p.text()) >= MINIMUM_PROSE_WORDS)) {
			int line = page.headline() == null ? 0 : page.headline().line();
			throw new ParseFailure(text.fileName(), line,
					"expected the paragraphs of a news story but found " + (page.headline() == null ? "no text"
							: "only the line '" + abbreviate(page.headline().text()) + "' before the story ends"));
		}
		String body = page.body();
		List<ParseWarning> warnings = new ArrayList<>();
		OrganisationCatalogue catalogue = new OrganisationCatalogue(context.organisations());

		Optional<EventName> event = EventName.first(body, EU_LAC.matcher(body).find());
		int eventAt = event.map(EventName::start).orElse(0);
		int[] sentence = page.sentenceAround(eventAt);
		String eventSentence = body.substring(sentence[0], sentence[1]);
		LineSpan dialogueLines = LineSpan.of(page.lineAt(eventAt));

		Optional<DateRange> dates = MeetingSentence.dates(body)
			.or(() -> DateWording.findEventDates(eventSentence))
			.or(() -> DateWording.findEventDates(body)
				.flatMap(dateline -> DateWording.findEventDatesWithoutYear(eventSentence,
						dateline.end().latest().getYear())))
			.or(() -> DateWording.findEventDates(body));
		if (dates.isEmpty()) {
			warnings.add(ParseWarning.at(page.lineAt(eventAt),
					"expected the dates of the dialogue but the story states none"));
		}
		dialogueLines = dialogueLines.union(dates.map(d -> lineOf(page, d.wording())).orElse(null));

		Optional<Place> place = MeetingSentence.venue(body, context.countries())
			.or(() -> venue(eventSentence, body, context));
		if (place.isEmpty() || place.get().countryCode() == null) {
			warnings.add(ParseWarning.at(dialogueLines.first(),
					"expected the place of the dialogue with its country but found "
							+ place.map(p -> "'" + p.wording() + "'").orElse("none")));
		}
		dialogueLines = dialogueLines.union(place.map(p -> lineOf(page, p.wording())).orElse(null));

		Optional<CoChairWording> coChairs = CoChairWording.in(body, context.countries(), context.organisations(),
				catalogue);
		dialogueLines = dialogueLines.union(coChairs.map(c -> LineSpan.of(page.lineAt(c.start()))).orElse(null));
		Optional<Attendance> attendance = Attendance.in(body);
		dialogueLines = dialogueLines.union(attendance.map(a -> LineSpan.of(page.lineAt(a.start()))).orElse(null));

		String title = event.map(EventName::title).orElse(page.headline().text());
		DialogueKind kind = event.map(EventName::kind).orElseGet(() -> DialogueKinds.of(title));
		ParsedDialogue dialogue = new ParsedDialogue(title, kind, dates.map(DateRange::start).orElse(null),
				dates.map(DateRange::end).orElse(null), place.map(Place::city).orElse(null),
				place.map(Place::countryCode).orElse(null), coChairs.map(CoChairWording::parties).orElse(List.of()),
				attendance.map(Attendance::count).orElse(null), dialogueLines,
				attendance.map(Attendance::qualifier).orElse(null));

		List<ParsedPolicyArea> areas = new ArrayList<>();
		String area = event.map(EventName::topic).orElse(null);
		if (area != null) {
			areas.add(new ParsedPolicyArea(area, null, List.of(), List.of(), LineSpan.of(page.lineAt(eventAt))));
		}
		else {
			warnings.add(ParseWarning.at(page.headline().line(),
					"expected wording such as 'a dialogue on <policy area>' but the story names no dialogue"));
		}

		List<ParsedObjective> objectives = new ArrayList<>();
		List<ParsedText> themes = new ArrayList<>();
		Pillars.in(body).ifPresent(pillars -> {
			for (Pillars.Pillar pillar : pillars.pillars()) {
				themes.add(new ParsedText(pillar.text(), LineSpan.of(page.lineAt(pillar.start()))));
			}
			if (pillars.announced() != null && pillars.announced() != pillars.pillars().size()) {
				warnings.add(ParseWarning.at(page.lineAt(pillars.start()),
						"expected " + pillars.announced() + " pillars but found " + pillars.pillars().size()));
			}
		});

		for (JoiningInterest interest : JoiningInterest.in(page, context.countries())) {
			warnings.add(ParseWarning.at(page.lineAt(interest.offset()), interest.country().getName()
					+ " stated an interest in joining the Digital Alliance; not recorded as a membership"));
		}

		catalogue.scan(body);
		return new ParsedDocument(text.fileName(), text.contentHash(), layout(), dialogue, areas, objectives, List.of(),
				List.of(), catalogue.organisations(), List.of(), warnings, themes);
	}

	/**
	 * The venue in the event's sentence; elsewhere in the story only when the sentence
	 * names no country.
	 */
	private static Optional<Place> venue(String eventSentence, String body, ParseContext context) {
		Optional<Place> inSentence = PlaceWording.findIn(eventSentence, context.countries());
		if (inSentence.isPresent() && inSentence.get().countryCode() != null) {
			return inSentence;
		}
		Optional<Place> inBody = PlaceWording.findIn(body, context.countries());
		return inBody.isPresent() && inBody.get().countryCode() != null ? inBody : inSentence.or(() -> inBody);
	}

	private static LineSpan lineOf(NewsPage page, String wording) {
		int at = page.body().indexOf(wording);
		return at < 0 ? null : LineSpan.of(page.lineAt(at));
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

}
