package eu.lac.alliance.importer.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentDecoderTest {

	private static final Path SEEDS = Path.of("..", "seeds");

	@ParameterizedTest
	@ValueSource(strings = { "000_f678e2384ca395fc.txt", "001_0a6d16b983599f06.txt", "002_8101de193ffe7200.txt",
			"003_1ae2039a599a6bab.txt", "004_308d54a85c3d8896.txt" })
	void everySeedDecodesAsUtf8WithTheHashOfItsBytes(String seed) throws Exception {
		byte[] bytes = Files.readAllBytes(SEEDS.resolve(seed));

		SourceText source = DocumentDecoder.decode(seed, bytes);

		assertThat(source.fileName()).isEqualTo(seed);
		assertThat(source.encoding()).isEqualTo("UTF-8");
		assertThat(source.contentHash())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		assertThat(source.lines()).hasSize(new String(bytes, StandardCharsets.UTF_8).split("\n", -1).length);
		assertThat(source.text()).doesNotContain("\r").doesNotContain("√");
	}

	@Test
	void theForumSummarySeedHasTelefonicaRepairedOnItsOwnLine() throws IOException {
		String seed = "004_308d54a85c3d8896.txt";
		SourceText source = DocumentDecoder.decode(seed, Files.readAllBytes(SEEDS.resolve(seed)));

		assertThat(source.line(24)).isEqualTo(
				"| Economic Actors | Telefónica; Nokia; Ericsson; multilateral banks; IDB; development agencies; AECID; AFD |");
		assertThat(source.repairTexts()).containsExactly("line 24: repaired mojibake 'Telef√≥nica' -> 'Telefónica'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "000_f678e2384ca395fc.txt", "001_0a6d16b983599f06.txt", "002_8101de193ffe7200.txt",
			"003_1ae2039a599a6bab.txt" })
	void seedsWithoutMojibakeAreLeftAsWritten(String seed) throws IOException {
		byte[] bytes = Files.readAllBytes(SEEDS.resolve(seed));

		SourceText source = DocumentDecoder.decode(seed, bytes);

		assertThat(source.repairTexts()).isEmpty();
		assertThat(source.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# as found                         | as meant
			Telef√≥nica                        | Telefónica
			caf√©                              | café
			Espa√±a                            | España
			S√£o Paulo                         | São Paulo
			TelefÃ³nica                        | Telefónica
			the Ministryâ€™s plan              | the Ministry’s plan
			the Ministry‚Äôs plan              | the Ministry’s plan
			‚ÄúQuoted‚Äù – with ‚Ç¨5            | “Quoted” – with €5
			MÃ©xico and BogotÃ¡                | México and Bogotá
			México, São Paulo, Bogotá          | México, São Paulo, Bogotá
			√2 and ≥ 5                        | √2 and ≥ 5
			«él» dijo “ábaco”                  | «él» dijo “ábaco”
			SÃO PAULO                          | SÃO PAULO
			Ä, Å and Ø                         | Ä, Å and Ø
			""")
	void mojibakeIsRepairedAndLegitimateTextIsNot(String asFound, String asMeant) {
		SourceText source = DocumentDecoder.decode("line.txt", asFound.getBytes(StandardCharsets.UTF_8));

		assertThat(source.text()).isEqualTo(asMeant);
		assertThat(source.repairTexts()).allMatch(repair -> repair.startsWith("line 1: repaired mojibake '"));
		assertThat(source.repairTexts().isEmpty()).isEqualTo(asFound.equals(asMeant));
	}

	@Test
	void aMixedFileIsRepairedLineByLineWithCrlfNormalised() throws IOException {
		byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/variants/encoding/mojibake-mixed.txt"));

		SourceText source = DocumentDecoder.decode("mojibake-mixed.txt", bytes);

		assertThat(source.encoding()).isEqualTo("UTF-8");
		assertThat(source.lines()).containsExactly("# Foro de Ciberseguridad", "", "**Lugar**: São Paulo, Brasil", "",
				"| Actores | Telefónica; Nokia |", "", "The Ministry’s plan costs €5 ≥ 5 and √2.",
				"México, São Paulo, Bogotá stay as written.", "");
		assertThat(source.repairTexts()).containsExactly("line 3: repaired mojibake 'S√£o' -> 'São'",
				"line 5: repaired mojibake 'TelefÃ³nica' -> 'Telefónica'",
				"line 7: repaired mojibake 'Ministry‚Äôs' -> 'Ministry’s'", "line 7: repaired mojibake '‚Ç¨5' -> '€5'");
	}

	@Test
	void aWindows1252FileIsDetectedAndDecoded() {
		String text = "La Alianza Digital UE-ALC se reunió en Bogotá, México, São Paulo y Asunción.\r\n"
				+ "El “diálogo” sobre ciberseguridad – el próximo paso – tendrá lugar en Perú; it’s the plan.\r\n";
		byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

		SourceText source = DocumentDecoder.decode("latin.txt", bytes);

		assertThat(source.encoding()).isEqualTo("windows-1252");
		assertThat(source.line(1))
			.isEqualTo("La Alianza Digital UE-ALC se reunió en Bogotá, México, São Paulo y Asunción.");
		assertThat(source.line(2))
			.isEqualTo("El “diálogo” sobre ciberseguridad – el próximo paso – tendrá lugar en Perú; it’s the plan.");
		assertThat(source.repairTexts()).isEmpty();
	}

	@Test
	void aShortLatin1FileFallsBackToWindows1252() {
		byte[] bytes = "Bogotá".getBytes(StandardCharsets.ISO_8859_1);

		SourceText source = DocumentDecoder.decode("short.txt", bytes);

		assertThat(source.text()).isEqualTo("Bogotá");
		assertThat(source.encoding()).isEqualTo("windows-1252");
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16LE", "UTF-16BE" })
	void utf16WithAByteOrderMarkIsDecoded(String charset) {
		byte[] text = "Diálogo en São Paulo\r\nsegunda línea".getBytes(Charset.forName(charset));
		byte[] mark = charset.endsWith("LE") ? new byte[] { (byte) 0xFF, (byte) 0xFE }
				: new byte[] { (byte) 0xFE, (byte) 0xFF };

		SourceText source = DocumentDecoder.decode("utf16.txt", concat(mark, text));

		assertThat(source.encoding()).isEqualTo(charset);
		assertThat(source.lines()).containsExactly("Diálogo en São Paulo", "segunda línea");
	}

	@Test
	void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() {
		byte[] bytes = "Commitments\nFinalise the roadmap by Q2 2025.".getBytes(StandardCharsets.UTF_16LE);

		SourceText source = DocumentDecoder.decode("utf16.txt", bytes);

		assertThat(source.lines()).containsExactly("Commitments", "Finalise the roadmap by Q2 2025.");
	}

	@Test
	void aUtf8ByteOrderMarkIsDropped() {
		byte[] bytes = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"# Forum Summary\n".getBytes(StandardCharsets.UTF_8));

		SourceText source = DocumentDecoder.decode("bom.md", bytes);

		assertThat(source.encoding()).isEqualTo("UTF-8");
		assertThat(source.line(1)).isEqualTo("# Forum Summary");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", " \r\n\t\n  \n" })
	void anEmptyFileIsRefused(String content) {
		assertThatThrownBy(() -> DocumentDecoder.decode("empty.txt", content.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ParseFailure.class, failure -> {
				assertThat(failure.fileName()).isEqualTo("empty.txt");
				assertThat(failure.line()).isZero();
			})
			.hasMessage("empty.txt: expected text but the file is empty");
	}

	@Test
	void randomBytesWithNulsAreRefusedAtTheFirstNul() {
		byte[] bytes = new byte[4096];
		new Random(42).nextBytes(bytes);
		byte[] prefix = "line one\nline two\n".getBytes(StandardCharsets.UTF_8);
		System.arraycopy(prefix, 0, bytes, 0, prefix.length);
		int firstNul = -1;
		for (int i = prefix.length; i < bytes.length && firstNul < 0; i++) {
			firstNul = bytes[i] == 0 ? i : -1;
		}
		int line = 1 + (int) new String(bytes, 0, firstNul, StandardCharsets.ISO_8859_1).chars()
			.filter(c -> c == '\n')
			.count();

		assertThatThrownBy(() -> DocumentDecoder.decode("random.bin", bytes))
			.isInstanceOfSatisfying(ParseFailure.class, failure -> assertThat(failure.line()).isEqualTo(line))
			.hasMessageContaining("expected text but found binary data: a NUL byte at byte offset " + firstNul);
	}

	@Test
	void aPngImageIsRefusedByItsSignature() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

		assertThatThrownBy(() -> DocumentDecoder.decode("photo.png", png)).isInstanceOf(ParseFailure.class)
			.hasMessage("photo.png, line 1: expected text but found binary data: a PNG image at byte offset 0");
	}

	@Test
	void aPdfIsRefusedButTextMentioningPdfIsNot() {
		byte[] pdf = concat("%PDF-1.7\n%".getBytes(StandardCharsets.ISO_8859_1),
				new byte[] { (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n', 0x01, 0x02 });

		assertThatThrownBy(() -> DocumentDecoder.decode("report.pdf", pdf)).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("a PDF document");
		assertThat(DocumentDecoder
			.decode("note.txt", "%PDF-1.7 is the format of the conclusions".getBytes(StandardCharsets.UTF_8))
			.text()).startsWith("%PDF");
	}

	@Test
	void manyControlCharactersAreRefusedButAFewAreDropped() {
		byte[] noisy = "a\u0001b\u0002c\u0003d\u0004e\u0005".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> DocumentDecoder.decode("noisy.bin", noisy)).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("control characters (5 of 10 bytes) at byte offset 1");

		String text = "Chairs' conclusions\n" + "A line with a stray\u0007 bell and a form feed\u000C.\n"
				+ "x".repeat(500);
		SourceText source = DocumentDecoder.decode("stray.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(source.line(2)).isEqualTo("A line with a stray bell and a form feed.");
		assertThat(source.repairTexts()).containsExactly("line 2: dropped 2 control characters");
	}

	@Test
	void decomposedAccentsAreComposed() {
		SourceText source = DocumentDecoder.decode("nfd.txt", "Me\u0301xico".getBytes(StandardCharsets.UTF_8));

		assertThat(source.text()).isEqualTo("México");
	}

	@Test
	void repairsAreListedUpToALimit() {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			lines.add("Telef√≥nica");
		}
		SourceText source = DocumentDecoder.decode("many.txt",
				String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

		assertThat(source.lines()).containsOnly("Telefónica");
		assertThat(source.repairTexts()).hasSize(51).endsWith("lines 51-80: and 30 more repairs");
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] all = new byte[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	@Test
	void anRtfFileIsRefusedNamingTheFile() {
		byte[] rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 The EU-LAC dialogue on AI was held in Lima.}"
			.getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> DocumentDecoder.decode("conclusions.rtf", rtf)).isInstanceOf(ParseFailure.class)
			.hasMessage("conclusions.rtf, line 1: expected text but found binary data: an RTF document "
					+ "(save it as plain text) at byte offset 0");
	}

	@Test
	void aWindows1252PressReleaseWithSmartQuotesAndEnDashesKeepsThem() {
		String text = "Brussels, 14 February 2025 \u2013 The \u201cEU-LAC\u201d dialogue met in S\u00e3o Paulo on "
				+ "3\u20135 June 2025; the Alliance\u2019s members agreed.\n";
		byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

		SourceText source = DocumentDecoder.decode("release.txt", bytes);

		assertThat(source.text().strip()).isEqualTo(text.strip());
		assertThat(source.repairTexts()).isEmpty();
	}

	@Test
	void aUtf8FileWithAByteOrderMarkAndCrlfReadsAsItsLines() {
		String text = "Inicio > Noticias\r\n\r\nLa Alianza Digital UE-ALC celebr\u00f3 su di\u00e1logo en Bogot\u00e1.\r\n";
		byte[] bytes = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				text.getBytes(StandardCharsets.UTF_8));

		SourceText source = DocumentDecoder.decode("noticia.txt", bytes);

		assertThat(source.lines()).startsWith("Inicio > Noticias", "",
				"La Alianza Digital UE-ALC celebr\u00f3 su di\u00e1logo en Bogot\u00e1.");
	}

	@Test
	void portugueseMojibakeAndEmDashesAreRepaired() {
		String meant = "O di\u00e1logo \u2014 em S\u00e3o Paulo e Bras\u00edlia \u2014 reuniu 150 participantes.";
		String asFound = new String(meant.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));

		SourceText source = DocumentDecoder.decode("mojibake.txt", asFound.getBytes(StandardCharsets.UTF_8));

		assertThat(source.text()).isEqualTo(meant);
	}

}
