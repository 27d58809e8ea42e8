package eu.lac.alliance.domain.imports;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.domain.account.Role;

/**
 * Someone other than an admin tried to upload, confirm or revert an import: refused where
 * the change happens, whatever the web layer let through.
 */
public class ImportForbidden extends RuntimeException {

	public ImportForbidden(String username) {
		super(username + " may not import documents");
	}

	/** Refuses anyone but an admin. */
	public static void unlessAdmin(Actor actor) {
		if (actor == null || actor.role() != Role.ADMIN) {
			throw new ImportForbidden(actor == null ? "nobody" : actor.username());
		}
	}

}
