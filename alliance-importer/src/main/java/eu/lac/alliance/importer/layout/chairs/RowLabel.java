package eu.lac.alliance.importer.layout.chairs;

import java.util.List;
import java.util.Set;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.country.NameKey;

/**
 * What the label column of a chairs' conclusions row means. Labels are matched by
 * meaning, in English, Spanish and Portuguese ("Cyber Capacity Building", "Desarrollo de
 * capacidades"), not by exact wording.
 *
 * @param kind the sort of row
 * @param category for an action row, the category its numbered actions get
 */
record RowLabel(Kind kind, ActionItemCategory category) {

	/** The sorts of row a chairs' conclusions table has. */
	enum Kind {

		OVERALL_OBJECTIVE, MODE_OF_ACTION, SPECIFIC_OBJECTIVE, ACTIONS, OTHER

	}

	private static final Set<String> INFORMATION = Set.of("information", "informacion", "informacao", "informaciones",
			"informacoes", "info", "experience", "experiences", "experiencias", "knowledge", "conocimientos",
			"conhecimento", "good", "best", "practices", "practicas");

	private static final Set<String> SHARING = Set.of("sharing", "share", "exchange", "exchanges", "intercambio",
			"intercambios", "compartir", "compartilhamento", "partilha", "intercambiar", "troca");

	private static final Set<String> CAPACITY = Set.of("capacity", "capacities", "capacidad", "capacidades",
			"capacitacion", "capacitacao", "training", "formacion", "formacao", "skills");

	private static final Set<String> BUILDING = Set.of("building", "development", "desarrollo", "fortalecimiento",
			"creacion", "construccion", "desenvolvimento", "fortalecimento", "capacitacion", "capacitacao", "training",
			"formacion", "formacao", "strengthening");

	private static final Set<String> JOINT = Set.of("joint", "conjunta", "conjuntas", "conjunto", "conjuntos",
			"comunes", "common", "conjuntamente", "comuns", "comum", "compartidas", "compartilhadas");

	private static final Set<String> INITIATIVES = Set.of("initiative", "initiatives", "iniciativa", "iniciativas",
			"action", "actions", "acciones", "accion", "acoes", "acao", "projects", "proyectos", "projetos",
			"activities", "actividades", "atividades");

	static final RowLabel OTHER = new RowLabel(Kind.OTHER, null);

	/** The meaning of a label as written (markup and trailing colon allowed). */
	static RowLabel of(String label) {
		String key = NameKey.of(ConclusionText.plain(label));
		List<String> words = NameKey.tokens(key);
		if (key.isEmpty()) {
			return OTHER;
		}
		if (startsWithAny(key, "overall objective", "general objective", "objetivo general", "objetivo global",
				"objetivo geral", "objectivo geral")) {
			return new RowLabel(Kind.OVERALL_OBJECTIVE, null);
		}
		if (containsAny(key, "mode of action", "modo de accion", "modo de actuacion", "modo de acao",
				"modalidad de accion")) {
			return new RowLabel(Kind.MODE_OF_ACTION, null);
		}
		if (startsWithAny(key, "specific objective", "objetivo especifico", "objectivo especifico",
				"objetivos especificos", "specific objectives") || key.equals("objective") || key.equals("objetivo")
				|| key.equals("objectivo")) {
			return new RowLabel(Kind.SPECIFIC_OBJECTIVE, null);
		}
		if (words.size() > 6) {
			return OTHER;
		}
		if (anyOf(words, INFORMATION) && anyOf(words, SHARING)) {
			return actions(ActionItemCategory.INFORMATION_SHARING);
		}
		if (anyOf(words, CAPACITY) && anyOf(words, BUILDING) || words.contains("capacitacion")
				|| words.contains("capacitacao")) {
			return actions(ActionItemCategory.CAPACITY_BUILDING);
		}
		if (anyOf(words, JOINT) && anyOf(words, INITIATIVES)) {
			return actions(ActionItemCategory.JOINT_INITIATIVE);
		}
		return OTHER;
	}

	private static RowLabel actions(ActionItemCategory category) {
		return new RowLabel(Kind.ACTIONS, category);
	}

	private static boolean anyOf(List<String> words, Set<String> vocabulary) {
		return words.stream().anyMatch(vocabulary::contains);
	}

	private static boolean startsWithAny(String key, String... prefixes) {
		for (String prefix : prefixes) {
			if (key.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsAny(String key, String... parts) {
		for (String part : parts) {
			if (key.contains(part)) {
				return true;
			}
		}
		return false;
	}

}
