package eu.lac.alliance.web.account;

/**
 * What every account administration form posts (a new account, a role change, a password
 * reset, a hand-over), one class for all four since they share their fields: plain values
 * with getters and setters (as the form tags read them), never an account, and the
 * passwords never shown back. Each form posts only the fields it shows.
 */
public class AccountForm {

	private String username = "";

	private String role = "";

	private String country = "";

	private String password = "";

	private String successor = "";

	/**
	 * A new account, offered as a focal point: its password is generated when left empty.
	 */
	static AccountForm newAccount() {
		AccountForm form = new AccountForm();
		form.role = "FOCAL_POINT";
		return form;
	}

	/** The role and country an account has, to change. */
	static AccountForm roleChange(String role, String country) {
		AccountForm form = new AccountForm();
		form.role = role;
		form.country = country;
		return form;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	/**
	 * A focal point's successor: an existing account of the same country, or a new one.
	 */
	public String getSuccessor() {
		return successor;
	}

	public void setSuccessor(String successor) {
		this.successor = successor;
	}

}
