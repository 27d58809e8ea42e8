package eu.lac.alliance.importer.text;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.SourceText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DOCX and PDF are recognised by their content and read as text; what cannot or must not
 * be read (encrypted, scanned, 5,000 pages, a zip bomb, other archives) is refused with a
 * message naming the file, quickly and without exhausting memory.
 */
class UploadedFormatsTest {

	@Test
	void aWordDocumentIsReadByItsContentWhateverItsName() throws IOException {
		SourceText text = DocumentDecoder.decode("conclusions.txt", docx("Chairs' Conclusions", "Second paragraph"));

		assertThat(text.lines()).containsExactly("Chairs' Conclusions", "Second paragraph");
		assertThat(text.encoding()).isEqualTo("DOCX");
	}

	@Test
	void aPdfIsReadByItsContentWhateverItsName() throws IOException {
		SourceText text = DocumentDecoder.decode("conclusions.bin", pdf("Operational conclusions"));

		assertThat(text.text()).isEqualTo("Operational conclusions");
		assertThat(text.encoding()).isEqualTo("PDF");
	}

	@Test
	void anEncryptedPdfIsRefusedWithWhatToDo() throws IOException {
		byte[] encrypted;
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf("Secret conclusions"))) {
			document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
			encrypted = save(document);
		}

		assertThatThrownBy(() -> DocumentDecoder.decode("locked.pdf", encrypted)).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("locked.pdf")
			.hasMessageContaining("encrypted; save it without a password");
	}

	@Test
	void aScannedPdfWithoutTextIsRefusedWithWhatToDo() throws IOException {
		byte[] scanned;
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
			PDImageXObject scan = LosslessFactory.createFromImage(document, image);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(scan, 50, 500);
			}
			scanned = save(document);
		}

		assertThatThrownBy(() -> DocumentDecoder.decode("scan.pdf", scanned)).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("scan.pdf")
			.hasMessageContaining("expected a PDF with text but found 1 page without any (a scanned document?");
	}

	@Test
	void aPdfOf5000PagesIsRefusedBeforeAnyPageIsRead() throws IOException {
		byte[] huge;
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < 5_000; i++) {
				document.addPage(new PDPage());
			}
			huge = save(document);
		}
		long start = System.nanoTime();

		assertThatThrownBy(() -> DocumentDecoder.decode("huge.pdf", huge)).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("expected a PDF of at most 2000 pages but found 5000 pages");
		System.out.printf("5,000-page PDF (%d KB) refused in %d ms%n", huge.length / 1024,
				(System.nanoTime() - start) / 1_000_000);
	}

	@Test
	void textBeyondTheCharacterBudgetIsRefused() throws IOException {
		byte[] bytes = pdf("A line of text that is longer than the budget allows");

		assertThatThrownBy(() -> DocumentDecoder.decode("long.pdf", bytes, new DocumentLimits(10, 20)))
			.isInstanceOf(ParseFailure.class)
			.hasMessageContaining("expected a document of at most 20 characters of text but found more");
	}

	@Test
	void aZipBombDressedAsAWordDocumentIsRefusedWithoutInflatingIt() throws IOException {
		byte[] bomb = withHugeBody(docx("Harmless"));
		Runtime runtime = Runtime.getRuntime();
		long start = System.nanoTime();

		assertThatThrownBy(() -> DocumentDecoder.decode("bomb.docx", bomb)).isInstanceOf(ParseFailure.class)
			.hasMessageContaining("bomb.docx")
			.hasMessageContaining("zip bomb");
		System.out.printf("zip bomb (%d KB, inflating to 200 MB) refused in %d ms, heap in use %d MB%n",
				bomb.length / 1024, (System.nanoTime() - start) / 1_000_000,
				(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
	}

	@Test
	void otherArchivesAndImagesAreStillRefusedAsBinary() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("notes.txt"));
			out.write("not a document".getBytes(StandardCharsets.UTF_8));
		}

		assertThatThrownBy(() -> DocumentDecoder.decode("notes.zip", zip.toByteArray()))
			.isInstanceOf(ParseFailure.class)
			.hasMessage("notes.zip, line 1: expected text but found binary data: a ZIP archive or Office document"
					+ " at byte offset 0");
	}

	private static byte[] docx(String... paragraphs) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String paragraph : paragraphs) {
				document.createParagraph().createRun().setText(paragraph);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] pdf(String line) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(line);
				content.endText();
			}
			return save(document);
		}
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	/**
	 * The same package with word/document.xml swollen to 200 MB of one repeated letter.
	 */
	private static byte[] withHugeBody(byte[] docx) throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ZipOutputStream out = new ZipOutputStream(bomb)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
							+ "<w:body><w:p><w:r><w:t>")
						.getBytes(StandardCharsets.UTF_8));
					byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
					for (int i = 0; i < 200; i++) {
						out.write(chunk);
					}
					out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
			}
		}
		return bomb.toByteArray();
	}

}
