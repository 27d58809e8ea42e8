package eu.lac.alliance.web.account;

/**
 * What the account administration forms post: plain values with getters and setters (as
 * the form tags read them), never an account, and the passwords never shown back.
 */
final class AccountForms {

	private AccountForms() {
	}

	/** A new account: its password is generated when left empty. */
	static final class NewAccount {

		private String username = "";

		private String role = "FOCAL_POINT";

		private String country = "";

		private String password = "";

		NewAccount() {
		}

		NewAccount(String username, String role, String country, String password) {
			this.username = username;
			this.role = role;
			this.country = country;
			this.password = password;
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

	}

	/** Another role, and the country of a focal point. */
	static final class RoleChange {

		private String role = "";

		private String country = "";

		RoleChange() {
		}

		RoleChange(String role, String country) {
			this.role = role;
			this.country = country;
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

	}

	/** A reset: the admin's password, or a generated one when empty. */
	static final class PasswordReset {

		private String password = "";

		PasswordReset() {
		}

		PasswordReset(String password) {
			this.password = password;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	/**
	 * A focal point's successor: an existing account of the same country, or a new one.
	 */
	static final class HandOver {

		private String successor = "";

		private String password = "";

		HandOver() {
		}

		HandOver(String successor, String password) {
			this.successor = successor;
			this.password = password;
		}

		public String getSuccessor() {
			return successor;
		}

		public void setSuccessor(String successor) {
			this.successor = successor;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

}
