package eu.lac.alliance.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The versioned migrations this build ships, read from the classpath, so that tests
 * checking what Flyway applied need no edit when a migration is added.
 */
public final class Migrations {

	private Migrations() {
	}

	/**
	 * The versions of {@code db/migration/V<version>__*.sql}, in order ("1", "2", ...).
	 */
	public static List<String> versions() {
		try {
			return Arrays
				.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql"))
				.map(resource -> Objects.requireNonNull(resource.getFilename()))
				.map(name -> name.substring(1, name.indexOf("__")))
				.distinct()
				.sorted(Comparator.comparingInt(Integer::parseInt))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
