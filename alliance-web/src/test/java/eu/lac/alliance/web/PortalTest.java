package eu.lac.alliance.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import eu.lac.alliance.web.testing.TestAccounts;

/**
 * The whole portal on a real port and a fresh PostgreSQL database into which the seeds in
 * {@code ../seeds} are imported on start, exactly as on a first run, with the first
 * admin's password set as {@code ALLIANCE_ADMIN_PASSWORD} would. Tests that share this
 * annotation share one application context, so the seeds are imported once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "alliance.seeds.directory=../seeds", "alliance.seeds.import-on-empty=true",
				"alliance.admin.password=" + PortalTest.ADMIN_PASSWORD })
@Import(TestAccounts.class)
public @interface PortalTest {

	/** The first admin's password in these tests. */
	String ADMIN_PASSWORD = "portal-test-admin";

}
