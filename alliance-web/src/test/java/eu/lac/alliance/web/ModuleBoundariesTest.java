package eu.lac.alliance.web;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Keeps the module direction honest: domain at the bottom, then persistence, then the
 * importer, then the web, and the importer's parsers free of Spring and the database, so
 * that they stay pure functions.
 */
class ModuleBoundariesTest {

	private static final String DOMAIN = "eu.lac.alliance.domain..";

	private static final String PERSISTENCE = "eu.lac.alliance.persistence..";

	private static final String IMPORTER = "eu.lac.alliance.importer..";

	private static final String WEB = "eu.lac.alliance.web..";

	private static final String[] PARSERS = { "eu.lac.alliance.importer.document..",
			"eu.lac.alliance.importer.result..", "eu.lac.alliance.importer.text..", "eu.lac.alliance.importer.party..",
			"eu.lac.alliance.importer.layout.." };

	private static final DescribedPredicate<JavaClass> SPRING_DATA_REPOSITORIES = describe(
			"are Spring Data repositories of eu.lac.alliance.persistence",
			c -> c.getPackageName().startsWith("eu.lac.alliance.persistence")
					&& c.isAssignableTo(org.springframework.data.repository.Repository.class));

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("eu.lac.alliance");

	@Test
	void everyModuleIsOnTheClassPathOfThisTest() {
		for (String module : new String[] { "domain", "persistence", "importer", "web" }) {
			assertThat(classes).as(module).anyMatch(c -> c.getPackageName().startsWith("eu.lac.alliance." + module));
		}
	}

	@Test
	void theDomainDependsOnNoSpring() {
		noClasses().that()
			.resideInAPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(classes);
	}

	@Test
	void theDomainDependsOnNoHibernate() {
		noClasses().that()
			.resideInAPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.hibernate..")
			.check(classes);
	}

	@Test
	void theDomainDependsOnNoOtherModule() {
		noClasses().that()
			.resideInAPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(PERSISTENCE, IMPORTER, WEB)
			.check(classes);
	}

	@Test
	void persistenceDependsNeitherOnTheImporterNorOnTheWeb() {
		noClasses().that()
			.resideInAPackage(PERSISTENCE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(IMPORTER, WEB)
			.check(classes);
	}

	@Test
	void theImporterDoesNotDependOnTheWeb() {
		noClasses().that()
			.resideInAPackage(IMPORTER)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(WEB)
			.check(classes);
	}

	@Test
	void theParsersNeedNeitherSpringNorTheDatabase() {
		noClasses().that()
			.resideInAnyPackage(PARSERS)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", PERSISTENCE)
			.check(classes);
	}

	@Test
	void theWebUsesTheDomainsPortsNotTheSpringDataRepositories() {
		noClasses().that().resideInAPackage(WEB).should().dependOnClassesThat(SPRING_DATA_REPOSITORIES).check(classes);
	}

	@Test
	void theRepositoriesTheWebMustNotUseAreRecognised() {
		assertThat(classes.that(SPRING_DATA_REPOSITORIES)).extracting(JavaClass::getSimpleName)
			.contains("JpaActionItemRepository", "JpaCountryRepository")
			.noneMatch(name -> name.equals("ActionItemRepository") || name.equals("JdbcOverviewReadModel"));
	}

}
