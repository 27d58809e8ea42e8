package eu.lac.alliance.importer.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.lac.alliance.domain.country.CountryGazetteer;
import eu.lac.alliance.domain.country.CountryRepository;
import eu.lac.alliance.domain.organisation.OrganisationDirectory;
import eu.lac.alliance.domain.organisation.OrganisationRepository;
import eu.lac.alliance.domain.source.SourceDocument;
import eu.lac.alliance.domain.source.SourceDocumentRepository;
import eu.lac.alliance.importer.document.DocumentReader;
import eu.lac.alliance.importer.document.ParseContext;
import eu.lac.alliance.importer.document.ParseFailure;
import eu.lac.alliance.importer.document.SourceText;
import eu.lac.alliance.importer.party.OpenItemRule;
import eu.lac.alliance.importer.result.ParsedDocument;
import eu.lac.alliance.importer.text.DocumentDecoder;

/**
 * The importer's API for the web upload and the command line: preview a document (parse
 * it and say what an import would create, update and withdraw, writing nothing) or import
 * it, all or nothing, in one transaction per document.
 */
@Service
public class DocumentImportService {

	private final DocumentReader reader = DocumentReader.withAllLayouts();

	private final ParsedDocumentWriter writer;

	private final SourceDocumentRepository documents;

	private final CountryRepository countries;

	private final OrganisationRepository organisations;

	private final TransactionTemplate transactions;

	DocumentImportService(ParsedDocumentWriter writer, SourceDocumentRepository documents, CountryRepository countries,
			OrganisationRepository organisations, PlatformTransactionManager transactionManager) {
		this.writer = writer;
		this.documents = documents;
		this.countries = countries;
		this.organisations = organisations;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Parses a document and works out what importing it would do, against the database as
	 * it is now, then rolls everything back. Throws {@link ImportRejected} when the
	 * document cannot be understood.
	 */
	public ImportReport preview(String fileName, byte[] bytes) {
		return preview(fileName, bytes, UnaryOperator.identity());
	}

	/**
	 * A preview of the document as {@code corrections} rewrite its parse result (the
	 * admin's corrections on the upload page).
	 */
	public ImportReport preview(String fileName, byte[] bytes, UnaryOperator<ParsedDocument> corrections) {
		return refusingFailures(fileName, "could not be previewed",
				() -> previewInTransaction(fileName, bytes, corrections));
	}

	private ImportReport previewInTransaction(String fileName, byte[] bytes,
			UnaryOperator<ParsedDocument> corrections) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			ImportReport report = importInTransaction(fileName, bytes, "preview", corrections, Set.of());
			return new ImportReport(report.fileName(), report.layout(),
					report.outcome() == ImportReport.Outcome.UNCHANGED ? ImportReport.Outcome.UNCHANGED
							: ImportReport.Outcome.PREVIEW,
					report.dialogueTitle(), report.matchedExistingDialogue() ? report.dialogueId() : null,
					report.matchedExistingDialogue(), report.changes(), report.warnings(), report.parsed(),
					report.conflicts());
		});
	}

	/**
	 * Imports a document: all of it in one transaction, or (on {@link ImportRejected}, or
	 * any failure) nothing. Importing the same bytes again changes nothing.
	 */
	public ImportReport importDocument(String fileName, byte[] bytes, String importedBy) {
		return importDocument(fileName, bytes, importedBy, UnaryOperator.identity(), Set.of());
	}

	/**
	 * Imports the document as {@code corrections} rewrite its parse result (the admin's
	 * corrections on the upload page), taking the document's value over a hand correction
	 * for the fields {@code takeFromDocument} names (the preview's
	 * {@link ImportReport#conflicts()}); every other hand correction is kept. Joins the
	 * caller's transaction when there is one.
	 */
	public ImportReport importDocument(String fileName, byte[] bytes, String importedBy,
			UnaryOperator<ParsedDocument> corrections, Set<ImportReport.FieldChoice> takeFromDocument) {
		return refusingFailures(fileName, "could not be imported, nothing was written", () -> transactions
			.execute(status -> importInTransaction(fileName, bytes, importedBy, corrections, takeFromDocument)));
	}

	/**
	 * As {@link #importDocument(String, byte[], String, UnaryOperator, Set)} without
	 * corrections.
	 */
	public ImportReport importDocument(String fileName, byte[] bytes, String importedBy,
			Set<ImportReport.FieldChoice> takeFromDocument) {
		return importDocument(fileName, bytes, importedBy, UnaryOperator.identity(), takeFromDocument);
	}

	/**
	 * As {@link #importDocument(String, byte[], String, UnaryOperator, Set)}, keeping
	 * every hand correction.
	 */
	public ImportReport importDocument(String fileName, byte[] bytes, String importedBy,
			UnaryOperator<ParsedDocument> corrections) {
		return importDocument(fileName, bytes, importedBy, corrections, Set.of());
	}

	/**
	 * Runs {@code work}; any failure other than a refusal (the transaction is rolled back
	 * by then) becomes an {@link ImportRejected} that names the file, so the admin sees a
	 * reason, never a stack trace.
	 */
	private static ImportReport refusingFailures(String fileName, String outcome,
			java.util.function.Supplier<ImportReport> work) {
		try {
			return work.get();
		}
		catch (ImportRejected rejected) {
			throw rejected;
		}
		catch (RuntimeException failure) {
			throw new ImportRejected(fileName, 0, fileName + ": " + outcome + " (" + rootCause(failure) + ")", failure);
		}
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}

	/**
	 * Parses with the database's gazetteer (reference data plus what imports have added),
	 * writing nothing.
	 */
	public ParsedDocument parse(String fileName, byte[] bytes) {
		try {
			return transactions.execute(status -> reader.read(fileName, bytes, context()));
		}
		catch (ParseFailure failure) {
			throw new ImportRejected(failure);
		}
	}

	/**
	 * Whether anything was ever imported (the portal imports its seeds into an empty
	 * database).
	 */
	public boolean nothingImportedYet() {
		return documents.count() == 0;
	}

	private ImportReport importInTransaction(String fileName, byte[] bytes, String importedBy,
			UnaryOperator<ParsedDocument> corrections, Set<ImportReport.FieldChoice> takeFromDocument) {
		SourceText text;
		ParsedDocument parsed;
		try {
			text = DocumentDecoder.decode(fileName, bytes);
			parsed = OpenItemRule.apply(corrections.apply(reader.read(text, context())));
		}
		catch (ParseFailure failure) {
			throw new ImportRejected(failure);
		}
		Optional<SourceDocument> same = documents.findByContentHash(parsed.contentHash());
		if (same.isPresent()) {
			String when = "already imported as " + same.get().getFileName() + " on " + same.get().getImportedAt();
			return new ImportReport(fileName, parsed.layout().format(), ImportReport.Outcome.UNCHANGED, null, null,
					true, Map.of(), List.of(when), parsed);
		}
		return writer.write(parsed, text, bytes, importedBy, takeFromDocument);
	}

	private ParseContext context() {
		return new ParseContext(new CountryGazetteer(countries.findAllWithAliases()),
				new OrganisationDirectory(organisations.findAllWithAliases()));
	}

}
