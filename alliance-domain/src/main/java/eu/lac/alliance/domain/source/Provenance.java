package eu.lac.alliance.domain.source;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Where an imported element came from: its document and the lines it was read from. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Provenance {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_document_id")
	private SourceDocument document;

	@Embedded
	private LineSpan lines;

	public Provenance(SourceDocument document, LineSpan lines) {
		this.document = Objects.requireNonNull(document, "document");
		this.lines = Objects.requireNonNull(lines, "lines");
	}

}
