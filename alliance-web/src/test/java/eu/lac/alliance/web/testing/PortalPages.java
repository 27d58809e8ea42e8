package eu.lac.alliance.web.testing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one list of the portal's pages that the quality checks (statements per page,
 * security headers, error pages, accessibility) run over, so that a new page is checked
 * everywhere by adding one line here. Paths may hold placeholders ({@code {item}},
 * {@code {dialogue}}, {@code {source}}, {@code {organisation}}, {@code {account}},
 * {@code {auditCursor}}, {@code {preview}}) that {@link #resolve} fills from the database
 * the test runs on.
 */
public final class PortalPages {

	/**
	 * A page: a name for reports, its path, and whether only the secretariat (and admin)
	 * may open it (a focal point gets 403).
	 */
	public record Page(String name, String path, boolean secretariatOnly) {

		static Page of(String name, String path) {
			return new Page(name, path, false);
		}

	}

	/** Every page a signed-in user reads. */
	public static final List<Page> PAGES = List.of(Page.of("dashboard", "/"),
			Page.of("dashboard as of a day, as reported", "/?asOf=2025-11-10"),
			Page.of("dashboard as of a day, as known today", "/?asOf=2025-06-30&basis=known"),
			Page.of("summit report", "/reports/summit"), Page.of("summit report CSV", "/reports/summit.csv"),
			Page.of("dialogues", "/dialogues"), Page.of("dialogue", "/dialogues/{dialogue}"),
			Page.of("policy area", "/policy-areas/cybersecurity"), Page.of("item list", "/action-items"),
			Page.of("item list, search", "/action-items?q=digital"),
			Page.of("item list, filters", "/action-items?area=cybersecurity&country=cl&status=no_report&sort=deadline"),
			Page.of("item list, page 2", "/action-items?page=2"), Page.of("item", "/action-items/{item}"),
			Page.of("source document", "/sources/{source}"),
			Page.of("source document, lines highlighted", "/sources/{source}?lines=3-8"),
			new Page("reviews", "/reviews", true), Page.of("countries", "/countries"),
			Page.of("country", "/countries/cl"), Page.of("organisation", "/organisations/{organisation}"),
			Page.of("change password", "/account/password"), new Page("focal points", "/focal-points", true),
			new Page("edit item", "/action-items/{item}/edit", true),
			new Page("add item by hand", "/dialogues/{dialogue}/items/new", true),
			new Page("edit dialogue", "/dialogues/{dialogue}/edit", true),
			new Page("new dialogue by hand", "/dialogues/new", true),
			new Page("edit organisation", "/organisations/{organisation}/edit", true));

	/**
	 * Pages only admins read (the secretariat and focal points get 403); the quality
	 * checks open them as the first admin.
	 */
	public static final List<Page> ADMIN_PAGES = List.of(Page.of("accounts", "/admin/accounts"),
			Page.of("accounts, filtered", "/admin/accounts?role=FOCAL_POINT&country=CL"),
			Page.of("new account", "/admin/accounts/new"), Page.of("account", "/admin/accounts/{account}"),
			Page.of("audit trail", "/admin/audit"),
			Page.of("audit trail, filtered", "/admin/audit?kind=SIGN_IN_SUCCEEDED&from=2020-01-01&to=2999-12-31"),
			Page.of("audit trail, an item", "/admin/audit?subjectType=action_item&subject={item}"),
			Page.of("audit trail, older page", "/admin/audit?olderThan={auditCursor}"),
			Page.of("audit trail, newer page", "/admin/audit?newerThan={auditCursor}"),
			Page.of("accounts, page 2", "/admin/accounts?page=2"), Page.of("audit trail CSV", "/admin/audit.csv"),
			Page.of("audit trail CSV, a year", "/admin/audit.csv?from=2025-01-01&to=2025-12-31"));

	/**
	 * Pages only admins open (the import pages); {@code {preview}} is the latest upload
	 * awaiting confirmation, so a test counting them uploads one first.
	 */
	public static final List<Page> IMPORT_PAGES = List.of(new Page("imports", "/admin/imports", true),
			new Page("import preview", "/admin/imports/previews/{preview}", true),
			new Page("import history", "/admin/imports/history", true));

	/** Pages anyone may read. */
	public static final List<Page> PUBLIC_PAGES = List.of(Page.of("sign in", "/login"));

	/**
	 * The pages the accessibility check opens in Chromium, as a focal point of Chile (so
	 * that the progress form is on the item page).
	 */
	public static final List<Page> ACCESSIBILITY_PAGES = List.of(Page.of("dashboard", "/"),
			Page.of("item list", "/action-items?q=digital"),
			Page.of("item page with the progress form", "/action-items/{item}"),
			Page.of("dialogue", "/dialogues/{dialogue}"), Page.of("country", "/countries/cl"),
			Page.of("summit report", "/reports/summit"), Page.of("change password (a form)", "/account/password"));

	/**
	 * The pages the accessibility check opens in Chromium as the first admin: the forms
	 * that correct what was imported, and the admin pages.
	 */
	public static final List<Page> ADMIN_ACCESSIBILITY_PAGES = List.of(
			new Page("edit item", "/action-items/{item}/edit", true),
			new Page("edit dialogue", "/dialogues/{dialogue}/edit", true),
			new Page("edit organisation", "/organisations/{organisation}/edit", true),
			Page.of("accounts", "/admin/accounts"), Page.of("audit trail", "/admin/audit"),
			new Page("imports", "/admin/imports", true));

	/**
	 * Requests a person can make by mistake or on purpose that must end on an error page
	 * of the layout (4xx), never a stack trace.
	 */
	public static final List<String> BAD_REQUESTS = List.of("/no/such/page", "/action-items/not-a-number",
			"/action-items/999999999", "/dialogues/-1", "/countries/zz", "/policy-areas/no-such-area",
			"/sources/999999999", "/organisations/abc", "/?asOf=not-a-date", "/action-items?page=-1&size=abc",
			"/reports/summit?asOf=2025-13-45", "/%2e%2e/etc/passwd", "/admin/accounts/999999999", "/admin/accounts/abc",
			"/admin/audit?page=-5&subject=x&from=2025-13-45", "/admin/audit?olderThan=abc&newerThan=-1",
			"/admin/audit?olderThan=99999999999999999999", "/admin/accounts?page=-3", "/focal-points?x=%00",
			"/action-items/999999999/edit", "/dialogues/abc/edit", "/organisations/999999999/edit",
			"/dialogues/999999999/items/new");

	private PortalPages() {
	}

	/**
	 * The path of {@code page} with its placeholders filled from {@code jdbc}'s database.
	 */
	public static String resolve(Page page, JdbcClient jdbc) {
		String path = page.path();
		for (Map.Entry<String, Function<JdbcClient, Object>> placeholder : PLACEHOLDERS.entrySet()) {
			if (path.contains(placeholder.getKey())) {
				path = path.replace(placeholder.getKey(), String.valueOf(placeholder.getValue().apply(jdbc)));
			}
		}
		return path;
	}

	/**
	 * Each placeholder's value: the first active item Chile takes part in, preferring one
	 * with sub-items (the richest page, and one whose progress form a focal point of
	 * Chile sees), and the first of the others.
	 */
	private static final Map<String, Function<JdbcClient, Object>> PLACEHOLDERS = Map.of("{item}", jdbc -> jdbc.sql("""
			select i.id from action_item i
			where i.state = 'ACTIVE'
			  and exists (select 1 from item_participant p where p.action_item_id = i.id and p.country_code = 'CL')
			order by exists (select 1 from action_item s where s.parent_id = i.id) desc, i.id
			limit 1
			""").query(Long.class).single(), "{dialogue}",
			jdbc -> jdbc.sql("select min(id) from dialogue").query(Long.class).single(), "{source}",
			jdbc -> jdbc.sql("select min(id) from source_document").query(Long.class).single(), "{organisation}",
			jdbc -> jdbc.sql("select min(organisation_id) from participation").query(Long.class).single(), "{account}",
			jdbc -> jdbc.sql("select min(id) from account").query(Long.class).single(), "{auditCursor}",
			// the 50th newest event: where the second page of the trail starts
			jdbc -> jdbc.sql("select id from audit_event order by occurred_at desc, id desc offset 49 limit 1")
				.query(Long.class)
				.optional()
				.orElse(1L),
			"{preview}",
			jdbc -> jdbc.sql("select max(id) from import_preview where status = 'PREVIEWED'")
				.query(Long.class)
				.single());

}
