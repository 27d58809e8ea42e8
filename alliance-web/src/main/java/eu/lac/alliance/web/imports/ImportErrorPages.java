package eu.lac.alliance.web.imports;

import java.util.List;

import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import eu.lac.alliance.domain.imports.ImportForbidden;
import eu.lac.alliance.domain.imports.ImportPreviewStore;

/**
 * An upload over the size limit is the upload page with a message naming the file (never
 * an error page); an import refused to someone who is not an admin is the 403 page.
 */
@ControllerAdvice
class ImportErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ImportErrorPages.class);

	private final ImportPreviewStore previews;

	private final DataSize limit;

	ImportErrorPages(ImportPreviewStore previews,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
		this.previews = previews;
		this.limit = limit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(MaxUploadSizeExceededException ex, Model model) {
		String file = fileNameIn(ex);
		log.info("upload over the limit: {}", file);
		model.addAttribute("awaiting", previews.awaiting(ImportController.AWAITING));
		model.addAttribute("results", List.of());
		model.addAttribute("refusals", List.of(new Refusal(file, "TOO_LARGE", null)));
		model.addAttribute("unknownLayout", false);
		model.addAttribute("limitMegabytes", limit.toMegabytes());
		return ImportController.UPLOAD;
	}

	@ExceptionHandler(ImportForbidden.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(ImportForbidden refusal) {
		log.info("refused: {}", refusal.getMessage());
		return "error/403";
	}

	/** The name of the file over the limit, as the container reports it, or "". */
	private static String fileNameIn(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileSizeLimitExceededException tooLarge && tooLarge.getFileName() != null) {
				return ImportUploads.fileName(tooLarge.getFileName());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return "";
	}

}
