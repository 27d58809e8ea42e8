package eu.lac.alliance.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.lac.alliance.domain.account.AccountRefused;
import eu.lac.alliance.domain.account.Role;
import eu.lac.alliance.domain.audit.AuditKind;
import eu.lac.alliance.domain.audit.AuditLog;
import eu.lac.alliance.web.csv.SpreadsheetCell;
import eu.lac.alliance.web.security.PortalUser;

/**
 * The admins' view of the audit trail: newest first, 50 to a page (keyset pages: the
 * "older" and "newer" links carry the entry the next page starts beside), filtered by
 * user, kind, subject and days, and the same selection as CSV, at most
 * {@link #EXPORT_DAYS} days of it. Filter values that do not parse are ignored rather
 * than refused, so a mistyped date shows everything instead of an error page.
 */
@Controller
class AuditController {

	static final String VIEW = "audit/list";

	static final int PAGE_SIZE = 50;

	/**
	 * The longest span one export covers: the trail only grows, so an export without
	 * dates would grow with it; the admin asks for an earlier year with the date filters.
	 */
	static final int EXPORT_DAYS = 366;

	static final String[] CSV_HEADER = { "id", "occurred_at", "actor", "kind", "subject_type", "subject_id", "summary",
			"address", "before", "after" };

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String olderThan, @RequestParam(required = false) String newerThan,
			@AuthenticationPrincipal PortalUser user, Model model) {
		requireAdmin(user);
		AuditLinks links = links(actor, kind, subjectType, subject, from, to);
		AuditLog.Page found = log.page(links.filter(), cursor(olderThan, newerThan), PAGE_SIZE);
		model.addAttribute("entries", found.entries());
		model.addAttribute("total", found.total());
		model.addAttribute("found", found);
		model.addAttribute("links", links);
		model.addAttribute("exportDays", EXPORT_DAYS);
		model.addAttribute("kinds", AuditKind.values());
		return VIEW;
	}

	@GetMapping("/admin/audit.csv")
	void csv(@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@AuthenticationPrincipal PortalUser user, HttpServletResponse response) throws IOException {
		requireAdmin(user);
		AuditLinks links = links(actor, kind, subjectType, subject, from, to)
			.exportedWithin(LocalDate.now(ZoneOffset.UTC), EXPORT_DAYS);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
		Writer out = response.getWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
			log.each(links.filter(), entry -> {
				try {
					csv.printRecord(entry.id(), entry.occurredAt(), SpreadsheetCell.neutralised(entry.actor()),
							entry.kind(), entry.subjectType(), entry.subjectId(),
							SpreadsheetCell.neutralised(entry.summary()), SpreadsheetCell.neutralised(entry.address()),
							SpreadsheetCell.neutralised(fields(entry.before())),
							SpreadsheetCell.neutralised(fields(entry.after())));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private static String fields(java.util.Map<String, String> fields) {
		if (fields == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		fields.forEach((name, value) -> text.append(text.isEmpty() ? "" : "; ")
			.append(name)
			.append('=')
			.append(value == null ? "" : value));
		return text.toString();
	}

	private static AuditLinks links(String actor, String kind, String subjectType, String subject, String from,
			String to) {
		AuditKind chosenKind = kind == null ? null
				: Arrays.stream(AuditKind.values())
					.filter(k -> k.name().equalsIgnoreCase(kind.strip()))
					.findFirst()
					.orElse(null);
		Long subjectId = subject == null || subject.isBlank() ? null : (long) parseInt(subject);
		if (subjectId != null && subjectId <= 0) {
			subjectId = null;
		}
		String type = subjectType == null || !subjectType.strip().matches("[a-z][a-z_]{1,39}") ? null
				: subjectType.strip();
		if (subjectId != null && type == null) {
			type = "action_item";
		}
		return new AuditLinks(actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT),
				chosenKind, type, subjectId, day(from), day(to));
	}

	/** Where the page starts; a cursor that is not a positive number is ignored. */
	private static AuditLog.Cursor cursor(String olderThan, String newerThan) {
		long older = parseLong(olderThan);
		long newer = parseLong(newerThan);
		if (older > 0) {
			return AuditLog.Cursor.olderThan(older);
		}
		if (newer > 0) {
			return AuditLog.Cursor.newerThan(newer);
		}
		return AuditLog.Cursor.newest();
	}

	private static long parseLong(String text) {
		try {
			return text == null ? 0 : Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static LocalDate day(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static int parseInt(String text) {
		try {
			return text == null ? 0 : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static void requireAdmin(PortalUser user) {
		if (user == null || user.role() != Role.ADMIN) {
			throw new AccountRefused((user == null ? "nobody" : user.getUsername()) + " may not read the audit trail");
		}
	}

}
