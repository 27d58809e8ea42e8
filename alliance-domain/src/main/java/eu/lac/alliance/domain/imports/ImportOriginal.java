package eu.lac.alliance.domain.imports;

/**
 * The bytes an import read, as they were uploaded.
 *
 * @param fileName the file's name
 * @param contentType the type the browser declared, or null
 * @param content the bytes
 */
public record ImportOriginal(String fileName, String contentType, byte[] content) {
}
