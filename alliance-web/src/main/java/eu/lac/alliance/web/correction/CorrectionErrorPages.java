package eu.lac.alliance.web.correction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import eu.lac.alliance.domain.correction.CorrectionRefused;

/**
 * A correction refused by the domain (a focal point at an edit form or posting one) is
 * the 403 page; the reason goes to the log, never to the page.
 */
@ControllerAdvice
class CorrectionErrorPages {

	private static final Logger log = LoggerFactory.getLogger(CorrectionErrorPages.class);

	@ExceptionHandler(CorrectionRefused.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(CorrectionRefused refusal) {
		log.info("refused: {}", refusal.getMessage());
		return "error/403";
	}

}
