package eu.lac.alliance.web.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.imports.ImportForbidden;
import eu.lac.alliance.domain.imports.ImportPreview;
import eu.lac.alliance.domain.imports.ImportPreviewStore;
import eu.lac.alliance.importer.imports.ImportCorrections;
import eu.lac.alliance.importer.imports.ImportDryRun;
import eu.lac.alliance.importer.imports.ImportRejected;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded files to stored previews: each readable file is dry-run and stored with what
 * its page shows; a file the importer refuses is named with the reason and nothing is
 * stored. Corrections re-run the dry run and replace what the page shows.
 */
@Service
class ImportUploads {

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	/** What became of one uploaded file: its preview, or why there is none. */
	record Upload(String fileName, Long previewId, Refusal refusal) {
	}

	private final ImportDryRun dryRun;

	private final ImportPreviewStore previews;

	private final JsonMapper json;

	ImportUploads(ImportDryRun dryRun, ImportPreviewStore previews, JsonMapper json) {
		this.dryRun = dryRun;
		this.previews = previews;
		this.json = json;
	}

	List<Upload> upload(List<MultipartFile> files, Actor actor) {
		ImportForbidden.unlessAdmin(actor);
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			String name = fileName(file.getOriginalFilename());
			if (file.isEmpty()) {
				if (!name.isEmpty()) {
					uploads.add(new Upload(name, null, new Refusal(name, "EMPTY", null)));
				}
				continue;
			}
			byte[] bytes = bytes(file);
			try {
				PreviewView view = PreviewViews.of(dryRun.preview(name, bytes, ImportCorrections.none()), List.of());
				long id = previews.save(name, contentType(file.getContentType()), bytes, sha256(bytes),
						actor.username(), ImportPreview.Status.PREVIEWED, null,
						json.writeValueAsString(new CorrectionForm()), json.writeValueAsString(view));
				uploads.add(new Upload(name, id, null));
			}
			catch (ImportRejected rejected) {
				log.info("upload refused: {}", rejected.getMessage());
				uploads.add(new Upload(name, null, Refusal.of(name, rejected.getMessage())));
			}
		}
		return uploads;
	}

	/**
	 * Applies valid corrections to preview {@code id}: dry-runs the file again as
	 * corrected and stores both. A refusal (a merge target deleted meanwhile) is
	 * returned.
	 */
	Refusal correct(ImportPreview preview, CorrectionForm form, ImportCorrections corrections, Actor actor) {
		ImportForbidden.unlessAdmin(actor);
		byte[] bytes = previews.content(preview.id()).orElseThrow();
		try {
			PreviewView view = PreviewViews.of(dryRun.preview(preview.fileName(), bytes, corrections),
					corrections.organisations().keySet());
			previews.revise(preview.id(), ImportPreview.Status.PREVIEWED, null, json.writeValueAsString(form),
					json.writeValueAsString(view));
			return null;
		}
		catch (ImportRejected rejected) {
			return Refusal.of(preview.fileName(), rejected.getMessage());
		}
	}

	PreviewView view(ImportPreview preview) {
		return json.readValue(preview.shown(), PreviewView.class);
	}

	CorrectionForm corrections(ImportPreview preview) {
		return json.readValue(preview.corrections(), CorrectionForm.class);
	}

	/** The name without any path a browser sent, at most 200 characters. */
	static String fileName(String original) {
		if (original == null) {
			return "";
		}
		String name = original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		name = name.replaceAll("\\p{Cntrl}", "");
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	private static String contentType(String declared) {
		return declared == null || declared.length() > 200 ? null : declared;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
