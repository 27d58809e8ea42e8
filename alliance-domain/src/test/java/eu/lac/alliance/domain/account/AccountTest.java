package eu.lac.alliance.domain.account;

import org.junit.jupiter.api.Test;

import eu.lac.alliance.domain.country.Country;
import eu.lac.alliance.domain.country.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountTest {

	private final Country chile = new Country("CL", "Chile", Region.LATIN_AMERICA_CARIBBEAN, java.util.Set.of());

	@Test
	void aFocalPointIsBoundToItsCountry() {
		Account focal = Account.focalPoint("Focal-CL", "{bcrypt}hash", chile);
		assertThat(focal.getUsername()).isEqualTo("focal-cl");
		assertThat(focal.isFocalPoint()).isTrue();
		assertThat(focal.countryCode()).isEqualTo("CL");
		assertThat(focal.isEnabled()).isTrue();
	}

	@Test
	void onlyAFocalPointHasACountry() {
		assertThat(Account.secretariat("secretariat", "{bcrypt}hash").countryCode()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> Account.focalPoint("focal-cl", "{bcrypt}hash", null));
	}

	@Test
	void userNamesAreShortAndPlain() {
		assertThatIllegalArgumentException().isThrownBy(() -> Account.admin("a b", "{bcrypt}hash"));
		assertThatIllegalArgumentException().isThrownBy(() -> Account.admin("<script>", "{bcrypt}hash"));
		assertThatIllegalArgumentException().isThrownBy(() -> Account.admin("x", "{bcrypt}hash"));
	}

	@Test
	void anAccountAlwaysHasAPasswordHash() {
		assertThatIllegalArgumentException().isThrownBy(() -> Account.admin("admin", " "));
		Account admin = Account.admin("admin", "{bcrypt}one");
		assertThatIllegalArgumentException().isThrownBy(() -> admin.changePasswordHash(null));
		admin.changePasswordHash("{bcrypt}two");
		assertThat(admin.getPasswordHash()).isEqualTo("{bcrypt}two");
	}

	@Test
	void aPasswordAnAdminGaveMustBeReplacedByOneTheUserChose() {
		Account account = Account.withOneTimePassword("focal-cl", "{bcrypt}given", Role.FOCAL_POINT, chile);
		assertThat(account.isMustChangePassword()).isTrue();

		account.changePasswordHash("{bcrypt}chosen");
		assertThat(account.isMustChangePassword()).isFalse();

		account.setOneTimePasswordHash("{bcrypt}reset");
		assertThat(account.isMustChangePassword()).isTrue();
		assertThat(account.getPasswordHash()).isEqualTo("{bcrypt}reset");
	}

	@Test
	void aRoleChangeKeepsTheOneCountryRule() {
		Account account = Account.secretariat("someone", "{bcrypt}hash");
		assertThatIllegalArgumentException().isThrownBy(() -> account.changeRole(Role.FOCAL_POINT, null));
		assertThatIllegalArgumentException().isThrownBy(() -> account.changeRole(Role.ADMIN, chile));

		account.changeRole(Role.FOCAL_POINT, chile);
		assertThat(account.countryCode()).isEqualTo("CL");
		account.changeRole(Role.ADMIN, null);
		assertThat(account.isAdmin()).isTrue();
		assertThat(account.countryCode()).isNull();
	}

	@Test
	void aDisabledAccountCanBeEnabledAgain() {
		Account account = Account.secretariat("someone", "{bcrypt}hash");
		account.disable();
		assertThat(account.isEnabled()).isFalse();
		account.enable();
		assertThat(account.isEnabled()).isTrue();
	}

}
