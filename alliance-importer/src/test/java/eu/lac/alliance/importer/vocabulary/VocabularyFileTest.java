package eu.lac.alliance.importer.vocabulary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class VocabularyFileTest {

	@Test
	void entriesKeepTheirLineAndSkipCommentsAndBlankLines() {
		var entries = VocabularyFile.read("example.tsv");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).line()).isEqualTo(2);
		assertThat(entries.get(0).cell(0)).isEqualTo("with");
		assertThat(entries.get(0).alternatives(1)).containsExactly("con", "com");
		assertThat(entries.get(0).cell(5)).isEmpty();
	}

	@Test
	void aMissingFileIsNamed() {
		assertThatIllegalStateException().isThrownBy(() -> VocabularyFile.read("nope.tsv"))
			.withMessageContaining("nope.tsv");
	}

}
