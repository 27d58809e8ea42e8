package eu.lac.alliance.importer.text;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What a ZIP upload holds, read from its central directory only (nothing is inflated), so
 * that a Word document, a workbook and any other archive are told apart by content before
 * anything is unpacked.
 */
public final class ZipEntries {

	private ZipEntries() {
	}

	public static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	/** The entry names, or none when the central directory cannot be read. */
	public static Set<String> names(byte[] bytes) {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
			Set<String> names = new HashSet<>();
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				names.add(entry.getName());
			}
			return names;
		}
		catch (IOException | RuntimeException ex) {
			return Set.of();
		}
	}

}
