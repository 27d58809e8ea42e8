package eu.lac.alliance.importer.layout.forum;

import java.util.List;

import eu.lac.alliance.domain.actionitem.ActionItemCategory;
import eu.lac.alliance.domain.country.NameKey;

/**
 * What a section of a forum summary is about, read from its heading in English, Spanish
 * or Portuguese ("Commitments", "Compromisos", "Próximos passos"), so that a summary with
 * other headings still reads.
 */
enum SectionMeaning {

	PRACTICAL_APPLICATIONS(ActionItemCategory.JOINT_INITIATIVE, "PA",
			List.of("practical", "practica", "pratica", "application", "aplicacion", "aplicacoe", "joint initiative",
					"iniciativas conjuntas", "key outcome", "outcomes", "resultados clave", "principales resultados",
					"resultados principais", "principais resultados", "deliverable", "entregable")),
	COMMITMENTS(ActionItemCategory.COMMITMENT, "C", List.of("commitment", "compromis", "pledge", "compromet")),
	NEXT_STEPS(ActionItemCategory.NEXT_STEP, "NS",
			List.of("next step", "proximos pasos", "proximos passos", "siguientes pasos", "way forward", "follow up",
					"seguimiento", "hoja de ruta", "roadmap", "recommendation", "recomendacion", "recomendacoe",
					"acciones de seguimiento", "acoes de seguimento", "seguimento")),
	ACTORS(null, null, List.of("actor", "stakeholder", "participant", "partes interesadas", "atores")),
	THEMES(null, null, List.of("theme", "tema", "topic", "topico", "subject")),
	SUMMARY(null, null,
			List.of("summary", "resumen", "resumo", "characteristic", "caracteristica", "overview", "introduction",
					"introduccion", "introducao", "context", "background", "antecedentes")),
	OTHER(null, null, List.of());

	private final ActionItemCategory category;

	private final String codePrefix;

	private final List<String> keys;

	SectionMeaning(ActionItemCategory category, String codePrefix, List<String> keys) {
		this.category = category;
		this.codePrefix = codePrefix;
		this.keys = keys;
	}

	/**
	 * The meaning of a heading; the first meaning whose words it contains wins, sections
	 * that list work first, so that "Multi-stakeholder commitments" lists commitments.
	 */
	static SectionMeaning of(String heading) {
		String key = " " + NameKey.of(heading) + " ";
		for (SectionMeaning meaning : values()) {
			for (String word : meaning.keys) {
				if (key.contains(" " + word)) {
					return meaning;
				}
			}
		}
		return OTHER;
	}

	/** The category of the action items the section lists, or null when it lists none. */
	ActionItemCategory category() {
		return category;
	}

	/** The prefix of the codes of its items: "PA" gives "PA1", "PA2". */
	String codePrefix() {
		return codePrefix;
	}

	boolean listsActionItems() {
		return category != null;
	}

}
