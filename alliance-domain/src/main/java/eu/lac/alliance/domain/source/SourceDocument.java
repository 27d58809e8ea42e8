package eu.lac.alliance.domain.source;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A document as it was imported: its raw bytes, their hash and the layout it was read as,
 * kept as evidence.
 */
@Entity
@Table(name = "source_document")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SourceDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_hash", nullable = false, unique = true, length = 64)
	private String contentHash;

	@Column(name = "layout", nullable = false)
	private String layout;

	@Column(name = "encoding", nullable = false)
	private String encoding;

	@Column(name = "content", nullable = false)
	private byte[] content;

	@Column(name = "text", nullable = false)
	private String text;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "imported_by")
	private String importedBy;

	public SourceDocument(String fileName, String contentHash, String layout, String encoding, byte[] content,
			String text, Instant importedAt, String importedBy) {
		if (contentHash == null || !contentHash.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("expected a SHA-256 hex hash but found " + contentHash);
		}
		this.fileName = Objects.requireNonNull(fileName, "fileName");
		this.contentHash = contentHash;
		this.layout = Objects.requireNonNull(layout, "layout");
		this.encoding = Objects.requireNonNull(encoding, "encoding");
		this.content = content.clone();
		this.text = Objects.requireNonNull(text, "text");
		this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
		this.importedBy = importedBy;
	}

	public byte[] getContent() {
		return content.clone();
	}

}
