package eu.lac.alliance.importer.document;

import java.util.List;
import java.util.Locale;

import eu.lac.alliance.domain.country.NameKey;

/**
 * Maps the many ways documents name a policy area ("AI", "Inteligencia Artificial",
 * "EU-LAC Digital Alliance in the Caribbean") to the Alliance's canonical names, so one
 * area is one area across documents.
 */
public final class PolicyAreaNames {

	private record Area(String name, String code, List<String> keys) {
	}

	private static final List<Area> KNOWN = List.of(
			new Area("Cybersecurity", "CYB",
					List.of("cybersecurity", "cyber security", "cyber", "ciberseguridad", "ciberseguranca",
							"cybersecurity and secure connectivity", "seguridad digital", "seguranca cibernetica")),
			new Area("Artificial Intelligence", "AI",
					List.of("artificial intelligence", "ai", "inteligencia artificial", "ia", "ai and hpc",
							"artificial intelligence and hpc")),
			new Area("Data Governance", "DATA",
					List.of("data governance", "data protection", "gobernanza de datos", "governanca de dados", "data",
							"proteccion de datos", "protecao de dados")),
			new Area("e-Governance", "EGOV",
					List.of("e governance", "egovernance", "e government", "digital government", "gobierno digital",
							"governo digital", "e gobierno", "gobierno electronico", "gobernanza electronica",
							"governacao eletronica", "governanca eletronica", "governo eletronico",
							"governanca digital", "e governo")),
			new Area("Connectivity", "CONN",
					List.of("connectivity", "secure connectivity", "conectividad", "conectividade",
							"conectividad segura", "conectividade segura")),
			new Area("Caribbean", "CAR", List.of("caribbean", "eu lac digital alliance in the caribbean",
					"digital alliance in the caribbean", "caribbean track", "caribe")));

	private PolicyAreaNames() {
	}

	/**
	 * The canonical name for {@code name}; a name the Alliance has not used before comes
	 * back tidied.
	 */
	public static String canonical(String name) {
		Area area = find(name);
		if (area != null) {
			return area.name();
		}
		String tidy = name == null ? "" : name.strip().replaceAll("\\s+", " ");
		return tidy.isEmpty() ? tidy : Character.toUpperCase(tidy.charAt(0)) + tidy.substring(1);
	}

	/**
	 * True when {@code name} is one of the ways documents name a policy area the Alliance
	 * already has.
	 */
	public static boolean isKnown(String name) {
		return find(name) != null;
	}

	/**
	 * A short code for building item codes: "CYB", "AI", ...; for a new area, the
	 * initials of its words.
	 */
	public static String code(String name) {
		Area area = find(name);
		if (area != null) {
			return area.code();
		}
		StringBuilder initials = new StringBuilder();
		for (String word : NameKey.tokens(name)) {
			initials.append(word.charAt(0));
		}
		return initials.isEmpty() ? "AREA" : initials.toString().toUpperCase(Locale.ROOT);
	}

	private static Area find(String name) {
		String key = NameKey.of(name);
		for (Area area : KNOWN) {
			if (area.keys().contains(key)) {
				return area;
			}
		}
		return null;
	}

}
