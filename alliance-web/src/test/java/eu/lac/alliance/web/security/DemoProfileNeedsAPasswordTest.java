package eu.lac.alliance.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import eu.lac.alliance.web.AllianceApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo profile refuses to start without ALLIANCE_DEMO_PASSWORD: no fixed password.
 */
class DemoProfileNeedsAPasswordTest {

	@Test
	void theDemoProfileRefusesToStartWithoutItsPassword() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(AllianceApplication.class).profiles("demo")
			.properties("alliance.seeds.import-on-empty=false", "alliance.demo.password=", "server.port=0",
					"alliance.admin.password=demo-admin-secret")
			.run()
			.close()).hasStackTraceContaining("The demo profile needs ALLIANCE_DEMO_PASSWORD");
	}

}
