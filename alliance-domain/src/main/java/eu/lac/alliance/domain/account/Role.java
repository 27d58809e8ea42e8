package eu.lac.alliance.domain.account;

/** What an account may do in the portal; a focal point is always bound to one country. */
public enum Role {

	/** Everything, including accounts and imports. */
	ADMIN,

	/**
	 * Sees everything, logs progress for any participating country, validates updates.
	 */
	SECRETARIAT,

	/**
	 * Sees everything, logs progress only for its own country on items it takes part in.
	 */
	FOCAL_POINT;

	/** The Spring Security authority name of this role ({@code ROLE_ADMIN}, ...). */
	public String authority() {
		return "ROLE_" + name();
	}

}
