package eu.lac.alliance.importer.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import eu.lac.alliance.domain.source.LineSpan;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.ParseWarning;
import eu.lac.alliance.importer.document.SourceText;

/**
 * Turns the bytes of an uploaded document into the text parsers read: it finds the
 * character set, refuses files that are not text, and repairs the mojibake that copying
 * between systems leaves ("Telef√≥nica" for Telefónica), so that names match the
 * directory and the gazetteer.
 */
public final class DocumentDecoder {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Charset MAC_ROMAN = Charset.isSupported("x-MacRoman") ? Charset.forName("x-MacRoman") : null;

	private static final Map<Character, Integer> MAC_ROMAN_BYTES = highHalf(MAC_ROMAN, false);

	private static final Map<Character, Integer> WINDOWS_1252_BYTES = highHalf(WINDOWS_1252, true);

	/**
	 * What detection may choose among when the bytes are not UTF-8: the encodings
	 * documents arrive in.
	 */
	private static final Set<String> CANDIDATES = Set.of("windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE");

	private static final int MOST_REPAIRS_LISTED = 50;

	private static final Pattern TOKEN = Pattern.compile("[^\\s;,()\\[\\]{}|<>\"*]+");

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F\\x80-\\x9F]");

	/** Signatures of files that are never text, whatever follows. */
	private static final Map<String, byte[]> BINARY_MAGIC = Map.of("a PNG image",
			new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "a ZIP archive or Office document",
			new byte[] { 'P', 'K', 3, 4 }, "a gzip archive", new byte[] { 0x1F, (byte) 0x8B }, "a JPEG image",
			new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "a legacy Office document",
			new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, "a program", new byte[] { 0x7F, 'E', 'L', 'F' },
			"an RTF document (save it as plain text)", new byte[] { '{', '\\', 'r', 't', 'f' });

	/**
	 * Signatures that are printable themselves: binary only when the rest of the file is
	 * not clean text.
	 */
	private static final Map<String, byte[]> TEXTLIKE_MAGIC = Map.of("a PDF document",
			new byte[] { '%', 'P', 'D', 'F', '-' }, "a GIF image", new byte[] { 'G', 'I', 'F', '8' });

	private DocumentDecoder() {
	}

	/**
	 * Decodes a document. Throws {@link ParseFailure} for an empty file or one that is
	 * not text (naming the byte offset and line of the first sign of binary data).
	 */
	public static SourceText decode(String fileName, byte[] bytes) {
		return decode(fileName, bytes, DocumentLimits.DEFAULT);
	}

	/**
	 * Decodes a document within {@code limits}: a Word document, a PDF and the
	 * spreadsheet template (XLSX) are recognised by their content and read as text; any
	 * other binary file is refused.
	 */
	public static SourceText decode(String fileName, byte[] bytes, DocumentLimits limits) {
		String hash = sha256(bytes);
		if (bytes.length == 0) {
			throw empty(fileName);
		}
		if (ZipEntries.isZip(bytes)) {
			Set<String> entries = ZipEntries.names(bytes);
			if (entries.contains("word/document.xml")) {
				return extracted(fileName, hash, WordText.read(fileName, bytes, limits.characters()), "DOCX");
			}
			if (entries.contains("xl/workbook.xml")) {
				return extracted(fileName, hash, WorkbookText.read(fileName, bytes, limits.characters()), "XLSX");
			}
		}
		if (isPdf(bytes)) {
			return extracted(fileName, hash, PdfText.read(fileName, bytes, limits.pages(), limits.characters()), "PDF");
		}
		Charset charset;
		int skip = 0;
		if (startsWith(bytes, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })) {
			charset = StandardCharsets.UTF_8;
			skip = 3;
		}
		else if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xFE })) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (startsWith(bytes, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else {
			charset = utf16WithoutMark(bytes);
			if (charset == null) {
				refuseBinary(fileName, bytes);
				charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : detect(bytes);
			}
		}
		String decoded = new String(bytes, skip, bytes.length - skip, charset);
		List<ParseWarning> repairs = new ArrayList<>();
		String text = clean(decoded, repairs);
		if (text.isBlank()) {
			throw empty(fileName);
		}
		return new SourceText(fileName, hash, text, List.of(text.split("\n", -1)), charset.name(), repairs);
	}

	/**
	 * Text a library extracted from a binary format gets the same cleaning as a text file
	 * (line breaks, mojibake, control characters, NFC); its lines are what warnings
	 * count.
	 */
	private static SourceText extracted(String fileName, String hash, String extracted, String format) {
		List<ParseWarning> repairs = new ArrayList<>();
		String text = clean(extracted, repairs);
		if (text.isBlank()) {
			throw new ParseFailure(fileName, 0, "expected text but the " + format + " document has none");
		}
		return new SourceText(fileName, hash, text, List.of(text.split("\n", -1)), format, repairs);
	}

	/**
	 * A PDF is read as one when it starts like one and is not plain text that merely
	 * begins with "%PDF-" (a note about the format): real PDFs carry binary bytes or end
	 * with "%%EOF".
	 */
	private static boolean isPdf(byte[] bytes) {
		if (!PdfText.isPdf(bytes)) {
			return false;
		}
		int tail = Math.max(0, bytes.length - 1024);
		if (new String(bytes, tail, bytes.length - tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
			return true;
		}
		for (byte b : bytes) {
			int unsigned = b & 0xFF;
			if (unsigned < 0x20 && unsigned != '\t' && unsigned != '\n' && unsigned != '\r' && unsigned != '\f') {
				return true;
			}
		}
		return !isUtf8(bytes);
	}

	private static ParseFailure empty(String fileName) {
		return new ParseFailure(fileName, 0, "expected text but the file is empty");
	}

	/**
	 * Line breaks to \n, mojibake repaired, control characters dropped, NFC: the text
	 * every parser can trust.
	 */
	private static String clean(String decoded, List<ParseWarning> repairs) {
		String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
		text = text.replace("\r\n", "\n").replace('\r', '\n');
		String[] lines = text.split("\n", -1);
		int unlisted = 0;
		int firstUnlisted = 0;
		int lastUnlisted = 0;
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < lines.length; i++) {
			List<ParseWarning> lineRepairs = new ArrayList<>();
			String line = repairMojibake(lines[i], i + 1, lineRepairs);
			Matcher control = CONTROL.matcher(line);
			int controls = 0;
			while (control.find()) {
				controls++;
			}
			if (controls > 0) {
				line = control.replaceAll("");
				lineRepairs.add(ParseWarning.at(i + 1,
						"dropped " + controls + " control character" + (controls == 1 ? "" : "s")));
			}
			for (ParseWarning repair : lineRepairs) {
				if (repairs.size() < MOST_REPAIRS_LISTED) {
					repairs.add(repair);
				}
				else {
					unlisted++;
					firstUnlisted = firstUnlisted == 0 ? i + 1 : firstUnlisted;
					lastUnlisted = i + 1;
				}
			}
			if (i > 0) {
				out.append('\n');
			}
			out.append(line);
		}
		if (unlisted > 0) {
			repairs
				.add(ParseWarning.at(new LineSpan(firstUnlisted, lastUnlisted), "and " + unlisted + " more repairs"));
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	/**
	 * Repairs UTF-8 that was once read as Mac OS Roman ("√≥" for ó) or as windows-1252
	 * ("Ã³" for ó, "â€™" for ’). Only sequences that re-encode to one valid UTF-8
	 * character in the Latin or punctuation ranges are replaced, so "São Paulo", "√2" and
	 * "≥ 5" stay as written.
	 */
	static String repairMojibake(String line, int lineNumber, List<ParseWarning> repairs) {
		if (isAscii(line)) {
			return line;
		}
		StringBuilder out = new StringBuilder(line.length());
		Matcher token = TOKEN.matcher(line);
		int copied = 0;
		while (token.find()) {
			String written = token.group();
			String repaired = repairToken(written);
			if (!repaired.equals(written)) {
				out.append(line, copied, token.start()).append(repaired);
				copied = token.end();
				repairs.add(ParseWarning.at(lineNumber, "repaired mojibake '" + written + "' -> '" + repaired + "'"));
			}
		}
		return copied == 0 ? line : out.append(line, copied, line.length()).toString();
	}

	private static String repairToken(String token) {
		StringBuilder out = null;
		int i = 0;
		while (i < token.length()) {
			int[] repaired = repairAt(token, i, MAC_ROMAN_BYTES);
			if (repaired == null) {
				repaired = repairAt(token, i, WINDOWS_1252_BYTES);
			}
			if (repaired != null) {
				if (out == null) {
					out = new StringBuilder(token.length()).append(token, 0, i);
				}
				out.appendCodePoint(repaired[0]);
				i += repaired[1];
			}
			else {
				if (out != null) {
					out.append(token.charAt(i));
				}
				i++;
			}
		}
		return out == null ? token : out.toString();
	}

	/**
	 * The character that the characters at {@code at}, taken as bytes of {@code charset},
	 * encode in UTF-8, and how many characters that took; null when they are no such
	 * mojibake.
	 */
	private static int[] repairAt(String token, int at, Map<Character, Integer> charset) {
		if (charset == null) {
			return null;
		}
		Integer lead = charset.get(token.charAt(at));
		if (lead == null) {
			return null;
		}
		int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : 0;
		if (length == 0 || at + length > token.length()) {
			return null;
		}
		byte[] bytes = new byte[length];
		bytes[0] = (byte) (int) lead;
		for (int k = 1; k < length; k++) {
			Integer next = charset.get(token.charAt(at + k));
			if (next == null || next < 0x80 || next > 0xBF) {
				return null;
			}
			bytes[k] = (byte) (int) next;
		}
		String character;
		try {
			character = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
		int codePoint = character.codePointAt(0);
		boolean latin = length == 2 && codePoint >= 0xA0 && codePoint <= 0x17F;
		boolean punctuation = length == 3
				&& (codePoint >= 0x2010 && codePoint <= 0x2044 || codePoint == 0x20AC || codePoint == 0x2122);
		return latin || punctuation ? new int[] { codePoint, length } : null;
	}

	/**
	 * Which byte each character of the upper half of a single-byte charset came from. For
	 * windows-1252 the C1 controls count as their own bytes too, as latin-1 readers leave
	 * them ("â€\u009D" for ”).
	 */
	private static Map<Character, Integer> highHalf(Charset charset, boolean withControls) {
		if (charset == null) {
			return null;
		}
		Map<Character, Integer> bytes = new HashMap<>();
		for (int b = 0x80; b <= 0xFF; b++) {
			char c = new String(new byte[] { (byte) b }, charset).charAt(0);
			if (c != '\uFFFD') {
				bytes.put(c, b);
			}
			if (withControls && b <= 0x9F) {
				bytes.putIfAbsent((char) b, b);
			}
		}
		return Map.copyOf(bytes);
	}

	/**
	 * UTF-16 without a byte order mark: text of Latin letters has a zero in every other
	 * byte.
	 */
	private static Charset utf16WithoutMark(byte[] bytes) {
		if (bytes.length < 4 || bytes.length % 2 != 0) {
			return null;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				if (i % 2 == 0) {
					evenZeros++;
				}
				else {
					oddZeros++;
				}
			}
		}
		int pairs = bytes.length / 2;
		if (oddZeros * 10 >= pairs * 9 && evenZeros == 0) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZeros * 10 >= pairs * 9 && oddZeros == 0) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static void refuseBinary(String fileName, byte[] bytes) {
		for (var magic : BINARY_MAGIC.entrySet()) {
			if (startsWith(bytes, magic.getValue())) {
				throw binary(fileName, bytes, 0, magic.getKey());
			}
		}
		int firstControl = -1;
		int controls = 0;
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				throw binary(fileName, bytes, i, "a NUL byte");
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
				controls++;
				if (firstControl < 0) {
					firstControl = i;
				}
			}
		}
		for (var magic : TEXTLIKE_MAGIC.entrySet()) {
			if (startsWith(bytes, magic.getValue()) && (controls > 0 || !isUtf8(bytes))) {
				throw binary(fileName, bytes, 0, magic.getKey());
			}
		}
		if (controls >= 4 && controls * 50 > bytes.length) {
			throw binary(fileName, bytes, firstControl,
					"control characters (" + controls + " of " + bytes.length + " bytes)");
		}
	}

	private static ParseFailure binary(String fileName, byte[] bytes, int offset, String what) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return new ParseFailure(fileName, line,
				"expected text but found binary data: " + what + " at byte offset " + offset);
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/**
	 * The likeliest of the candidate encodings by ICU's statistics, else windows-1252,
	 * which reads any byte and is what most legacy documents are. ISO-8859-1 is read as
	 * windows-1252, its superset in practice.
	 */
	private static Charset detect(byte[] bytes) {
		CharsetDetector detector = new CharsetDetector();
		detector.setText(bytes);
		CharsetMatch[] matches = detector.detectAll();
		if (matches != null) {
			for (CharsetMatch match : matches) {
				String name = match.getName();
				if (CANDIDATES.contains(name) && (!name.startsWith("UTF-16") || readsAsLatin(bytes, name))) {
					return name.startsWith("UTF-16") ? Charset.forName(name) : WINDOWS_1252;
				}
			}
		}
		return WINDOWS_1252;
	}

	/**
	 * A guess of UTF-16 is believed only when it gives the Latin-script text the Alliance
	 * writes in.
	 */
	private static boolean readsAsLatin(byte[] bytes, String charset) {
		if (bytes.length % 2 != 0) {
			return false;
		}
		String text = new String(bytes, Charset.forName(charset));
		long latin = text.chars().filter(c -> c < 0x250 || c >= 0x2000 && c < 0x2070).count();
		return latin * 10 >= text.length() * 9L;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAscii(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
