package eu.lac.alliance.web.generator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import eu.lac.alliance.persistence.generator.SyntheticData;

/**
 * The {@code generated} profile: after the seeds are imported, fills the database with
 * {@code alliance.generated.times} times the seeds (50 by default) and their progress
 * history, for the benchmark and for trying the pages at scale. A database that already
 * holds generated data is left as it is.
 */
@Component
@Profile("generated")
@Order(10)
class GeneratedData implements ApplicationRunner {

	/** Logged once the data is there: the benchmark waits for it. */
	static final String READY = "Generated data ready";

	private static final Logger log = LoggerFactory.getLogger(GeneratedData.class);

	private final SyntheticData synthetic;

	private final int times;

	private final long seed;

	GeneratedData(SyntheticData synthetic, @Value("${alliance.generated.times:50}") int times,
			@Value("${alliance.generated.seed:7}") long seed) {
		this.synthetic = synthetic;
		this.times = times;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		SyntheticData.Generated generated = synthetic.generate(times, seed);
		log.info("{}: {}", READY, generated);
	}

}
