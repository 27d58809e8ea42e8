package eu.lac.alliance.web.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import eu.lac.alliance.domain.account.AccountRefused;
import eu.lac.alliance.domain.account.UnknownAccount;
import eu.lac.alliance.domain.actionitem.JoiningRefused;
import eu.lac.alliance.domain.progress.ProgressRefused;
import eu.lac.alliance.domain.progress.UnknownEntry;

/**
 * The one place typed refusals become pages: a refused write is the 403 page, an unknown
 * id (the domain's {@link UnknownEntry}, the web's {@link NotFound}) the 404 page; the
 * exception's text goes to the log, never to the page.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler({ ProgressRefused.class, JoiningRefused.class, AccountRefused.class })
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(RuntimeException refusal) {
		log.info("refused: {}", refusal.getMessage());
		return "error/403";
	}

	@ExceptionHandler({ UnknownEntry.class, UnknownAccount.class, NotFound.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknown(RuntimeException unknown) {
		log.debug("{}", unknown.getMessage());
		return "error/404";
	}

}
