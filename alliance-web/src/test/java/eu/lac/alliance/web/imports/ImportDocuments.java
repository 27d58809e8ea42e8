package eu.lac.alliance.web.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import eu.lac.alliance.web.testing.PortalClient;

/**
 * Documents the import tests upload: the forum summary seed (004) renamed and moved to
 * another day, without its place and with one organisation misspelt, so that it is a new
 * dialogue whose place the admin must fill in and whose organisation must be mapped.
 */
final class ImportDocuments {

	static final String SEED = "../seeds/004_308d54a85c3d8896.txt";

	/**
	 * The misspelt organisation a variant about {@code topic} names instead of RedCLARA
	 * in its actors (one per topic: once a variant is imported with it unmapped, the
	 * directory knows it).
	 */
	static String misspelt(String topic) {
		return "Red Klara " + topic;
	}

	private ImportDocuments() {
	}

	/** The seed's forum as a forum of {@code topic} on {@code day}, place unstated. */
	static String forum(String topic, String day) {
		String text = seed();
		String title = "EU-LAC Multi-Stakeholder Forum on " + topic;
		return text.replace("EU-LAC Multi-Stakeholder Forum on Cybersecurity and Secure Connectivity", title)
			.replace("**Date**: 2024-10-23", "**Date**: " + day)
			.replace("**Location**: Madrid, Spain\n\n", "")
			.replace("took place in Madrid from October 23-25, 2024", "took place on " + day)
			.replace("| Civil Society Actors | RedCLARA; APC |",
					"| Civil Society Actors | " + misspelt(topic) + "; APC |");
	}

	static PortalClient.FilePart text(String fileName, String content) {
		return new PortalClient.FilePart(fileName, "text/plain", content.getBytes(StandardCharsets.UTF_8));
	}

	static String seed() {
		try {
			return Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
