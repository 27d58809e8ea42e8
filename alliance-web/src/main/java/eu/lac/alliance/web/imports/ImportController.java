package eu.lac.alliance.web.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.imports.ImportChoices;
import eu.lac.alliance.domain.imports.ImportForbidden;
import eu.lac.alliance.domain.imports.ImportOriginal;
import eu.lac.alliance.domain.imports.ImportPreview;
import eu.lac.alliance.domain.imports.ImportPreviewStore;
import eu.lac.alliance.domain.imports.ImportRuns;
import eu.lac.alliance.domain.imports.RevertBlocker;
import eu.lac.alliance.importer.imports.ImportConfirmation;
import eu.lac.alliance.importer.imports.ImportCorrections;
import eu.lac.alliance.importer.imports.ImportRejected;
import eu.lac.alliance.importer.imports.ImportRevert;
import eu.lac.alliance.importer.spreadsheet.SpreadsheetTemplate;
import eu.lac.alliance.web.error.Ids;
import eu.lac.alliance.web.error.NotFound;
import eu.lac.alliance.web.progress.Actors;
import eu.lac.alliance.web.security.PortalUser;

/**
 * Importing in the browser, for admins: upload, the stored preview with its corrections,
 * confirm, the history with each run's original and its revert. Every handler checks the
 * admin again; the services check once more where the change happens.
 */
@Controller
class ImportController {

	static final String UPLOAD = "imports/upload";

	static final String PREVIEW = "imports/preview";

	static final String HISTORY = "imports/history";

	static final int AWAITING = 50;

	static final int HISTORY_SIZE = 200;

	private final ImportUploads uploads;

	private final ImportPreviewStore previews;

	private final ImportChoices choices;

	private final ImportConfirmation confirmation;

	private final ImportRevert reverting;

	private final ImportRuns runs;

	ImportController(ImportUploads uploads, ImportPreviewStore previews, ImportChoices choices,
			ImportConfirmation confirmation, ImportRevert reverting, ImportRuns runs) {
		this.uploads = uploads;
		this.previews = previews;
		this.choices = choices;
		this.confirmation = confirmation;
		this.reverting = reverting;
		this.runs = runs;
	}

	@InitBinder
	void refuseIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
	}

	@GetMapping("/admin/imports")
	String uploadPage(@AuthenticationPrincipal PortalUser user, Model model) {
		admin(user);
		return uploadView(model, List.of());
	}

	String uploadView(Model model, List<ImportUploads.Upload> results) {
		model.addAttribute("awaiting", previews.awaiting(AWAITING));
		model.addAttribute("results", results);
		model.addAttribute("refusals",
				results.stream().map(ImportUploads.Upload::refusal).filter(r -> r != null).toList());
		model.addAttribute("unknownLayout",
				results.stream().anyMatch(r -> r.refusal() != null && r.refusal().unknownLayout()));
		return UPLOAD;
	}

	@PostMapping("/admin/imports")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Actor actor = admin(user);
		List<ImportUploads.Upload> results = uploads.upload(files == null ? List.of() : files, actor);
		if (results.isEmpty()) {
			model.addAttribute("nothingChosen", true);
		}
		if (results.size() == 1 && results.get(0).previewId() != null) {
			return "redirect:/admin/imports/previews/" + results.get(0).previewId();
		}
		return uploadView(model, results);
	}

	@GetMapping("/admin/imports/previews/{id}")
	String preview(@PathVariable String id, @AuthenticationPrincipal PortalUser user, Model model) {
		admin(user);
		ImportPreview preview = stored(id);
		return previewView(model, preview, uploads.corrections(preview), null);
	}

	private String previewView(Model model, ImportPreview preview, CorrectionForm form, Refusal refusal) {
		model.addAttribute("preview", preview);
		model.addAttribute("view", uploads.view(preview));
		model.addAttribute("choices", choices.choices());
		model.addAttribute("refusal", refusal);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return PREVIEW;
	}

	@PostMapping("/admin/imports/previews/{id}/corrections")
	String correct(@PathVariable String id, @ModelAttribute("form") CorrectionForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		Actor actor = admin(user);
		ImportPreview preview = stored(id);
		if (!preview.confirmable()) {
			redirect.addFlashAttribute("flash", "imports.notConfirmable");
			return "redirect:/admin/imports/previews/" + preview.id();
		}
		ImportCorrections corrections = CorrectionChecks.check(form, choices.choices(), result);
		if (corrections == null) {
			return previewView(model, preview, form, null);
		}
		Refusal refusal = uploads.correct(preview, form, corrections, actor);
		if (refusal != null) {
			return previewView(model, preview, form, refusal);
		}
		redirect.addFlashAttribute("flash", "imports.corrected");
		return "redirect:/admin/imports/previews/" + preview.id();
	}

	@PostMapping("/admin/imports/previews/{id}/confirm")
	String confirm(@PathVariable String id, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		Actor actor = admin(user);
		ImportPreview preview = stored(id);
		if (!preview.confirmable()) {
			redirect.addFlashAttribute("flash", "imports.notConfirmable");
			return "redirect:/admin/imports/previews/" + preview.id();
		}
		CorrectionForm form = uploads.corrections(preview);
		ImportCorrections corrections = CorrectionChecks.check(form, choices.choices(),
				new org.springframework.validation.BeanPropertyBindingResult(form, "form"));
		try {
			ImportConfirmation.Confirmed confirmed = confirmation.confirm(preview.id(), preview.fileName(),
					preview.contentType(), previews.content(preview.id()).orElseThrow(),
					corrections == null ? ImportCorrections.none() : corrections, actor);
			redirect.addFlashAttribute("flash", confirmed.unchanged() ? "imports.unchanged" : "imports.confirmed");
			return confirmed.dialogueId() == null ? "redirect:/admin/imports/history"
					: "redirect:/dialogues/" + confirmed.dialogueId();
		}
		catch (ImportConfirmation.AlreadyConfirmed ex) {
			redirect.addFlashAttribute("flash", "imports.notConfirmable");
			return "redirect:/admin/imports/previews/" + preview.id();
		}
		catch (ImportRejected rejected) {
			return previewView(model, preview, form, Refusal.of(preview.fileName(), rejected.getMessage()));
		}
	}

	@GetMapping("/admin/imports/history")
	String history(@AuthenticationPrincipal PortalUser user, Model model) {
		admin(user);
		model.addAttribute("runs", runs.history(HISTORY_SIZE));
		return HISTORY;
	}

	/** The one-row-per-item template for documents in no known layout, as CSV. */
	@GetMapping("/admin/imports/template.csv")
	ResponseEntity<byte[]> templateCsv(@AuthenticationPrincipal PortalUser user) {
		admin(user);
		return download("alliance-items-template.csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
				SpreadsheetTemplate.csv());
	}

	/** The same template as an Excel workbook (with a help sheet). */
	@GetMapping("/admin/imports/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(@AuthenticationPrincipal PortalUser user) {
		admin(user);
		return download("alliance-items-template.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				SpreadsheetTemplate.xlsx());
	}

	private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	@GetMapping("/admin/imports/{id}/original")
	ResponseEntity<byte[]> original(@PathVariable String id, @AuthenticationPrincipal PortalUser user) {
		admin(user);
		ImportOriginal original = runs.original(Ids.parse(id, "import"))
			.orElseThrow(() -> new NotFound("import " + id));
		return ResponseEntity.ok()
			.contentType(contentTypeOf(original.fileName()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(original.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(original.content());
	}

	@PostMapping("/admin/imports/{id}/revert")
	String revert(@PathVariable String id, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		Actor actor = admin(user);
		long run = Ids.parse(id, "import");
		if (runs.find(run).isEmpty()) {
			throw new NotFound("import " + id);
		}
		List<RevertBlocker> blockers = reverting.revert(run, actor);
		if (blockers.isEmpty()) {
			redirect.addFlashAttribute("flash", "imports.reverted");
			return "redirect:/admin/imports/history";
		}
		model.addAttribute("blockedRun", run);
		model.addAttribute("blockers", blockers);
		return history(user, model);
	}

	/**
	 * The type an original is served with, from its name only (never what the browser
	 * declared): served as an attachment, so even HTML is never rendered by the portal.
	 */
	static MediaType contentTypeOf(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".txt")) {
			return new MediaType("text", "plain", StandardCharsets.UTF_8);
		}
		if (name.endsWith(".md") || name.endsWith(".markdown")) {
			return new MediaType("text", "markdown", StandardCharsets.UTF_8);
		}
		if (name.endsWith(".html") || name.endsWith(".htm")) {
			return new MediaType("text", "html", StandardCharsets.UTF_8);
		}
		if (name.endsWith(".csv")) {
			return new MediaType("text", "csv", StandardCharsets.UTF_8);
		}
		if (name.endsWith(".pdf")) {
			return MediaType.APPLICATION_PDF;
		}
		if (name.endsWith(".docx")) {
			return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		}
		if (name.endsWith(".xlsx")) {
			return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
		return MediaType.APPLICATION_OCTET_STREAM;
	}

	private ImportPreview stored(String id) {
		return previews.find(Ids.parse(id, "import preview")).orElseThrow(() -> new NotFound("import preview " + id));
	}

	private static Actor admin(PortalUser user) {
		if (user == null) {
			throw new ImportForbidden("nobody");
		}
		Actor actor = Actors.of(user);
		ImportForbidden.unlessAdmin(actor);
		return actor;
	}

}
