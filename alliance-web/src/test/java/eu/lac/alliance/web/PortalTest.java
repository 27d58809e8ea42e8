package eu.lac.alliance.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole portal on a real port and a fresh PostgreSQL database into which the seeds in
 * {@code ../seeds} are imported on start, exactly as on a first run. Tests that share
 * this annotation share one application context, so the seeds are imported once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "alliance.seeds.directory=../seeds", "alliance.seeds.import-on-empty=true" })
public @interface PortalTest {

}
