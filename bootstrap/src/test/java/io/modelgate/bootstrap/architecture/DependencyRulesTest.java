package io.modelgate.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The hexagon's dependency rule: everything points inward, adapters never reach each other. */
class DependencyRulesTest {

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The application's test-jar (fakes and contracts) is test code too.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.modelgate");
        // Guard against a vacuous pass: every layer must actually be on the classpath.
        for (String layer : new String[]{"domain", "application", "adapters.rest", "adapters.persistence", "adapters.llm",
                "bootstrap"}) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("io.modelgate." + layer)))
                    .as("classes of io.modelgate.%s imported", layer).isTrue();
        }
    }

    @Test
    void domain_uses_only_the_jdk() {
        classes().that().resideInAPackage("io.modelgate.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.modelgate.domain..")
                .check(classes);
    }

    @Test
    void application_uses_only_the_domain_and_the_jdk() {
        classes().that().resideInAPackage("io.modelgate.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.modelgate.domain..", "io.modelgate.application..")
                .check(classes);
    }

    @Test
    void ports_never_depend_on_services() {
        noClasses().that().resideInAPackage("..port..")
                .should().dependOnClassesThat().resideInAPackage("..service..")
                .check(classes);
    }

    @Test
    void adapters_never_depend_on_each_other() {
        String[][] pairs = {
                {"io.modelgate.adapters.rest..", "io.modelgate.adapters.persistence.."},
                {"io.modelgate.adapters.rest..", "io.modelgate.adapters.llm.."},
                {"io.modelgate.adapters.persistence..", "io.modelgate.adapters.rest.."},
                {"io.modelgate.adapters.persistence..", "io.modelgate.adapters.llm.."},
                {"io.modelgate.adapters.llm..", "io.modelgate.adapters.rest.."},
                {"io.modelgate.adapters.llm..", "io.modelgate.adapters.persistence.."}};
        for (String[] pair : pairs) {
            noClasses().that().resideInAPackage(pair[0]).should().dependOnClassesThat().resideInAPackage(pair[1])
                    .check(classes);
        }
    }

    /** The inbound adapter speaks to use cases only: their in-ports and what those carry, never an out-port. */
    @Test
    void the_rest_adapter_uses_in_ports_not_out_ports() {
        noClasses().that().resideInAPackage("io.modelgate.adapters.rest..")
                .should().dependOnClassesThat().resideInAPackage("io.modelgate.application..port.out..")
                .check(classes);
    }

    @Test
    void only_bootstrap_knows_bootstrap() {
        noClasses().that().resideOutsideOfPackage("io.modelgate.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("io.modelgate.bootstrap..")
                .check(classes);
    }

    @Test
    void jpa_entities_stay_in_the_persistence_adapter() {
        noClasses().that().resideOutsideOfPackage("io.modelgate.adapters.persistence..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(classes);
    }
}
