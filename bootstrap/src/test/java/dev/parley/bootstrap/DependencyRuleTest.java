package dev.parley.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.parley.domain.realtime.out.EventFrames;
import dev.parley.domain.realtime.out.FanoutBus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hexagonal dependency rule: the core imports only the JDK; adapters never import each other. */
class DependencyRuleTest {
    private static final JavaClasses PARLEY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.parley");
    private static final List<String> ADAPTERS = List.of("dev.parley.http..", "dev.parley.persistence..",
            "dev.parley.realtime..", "dev.parley.mail..", "dev.parley.security..", "dev.parley.livekit..",
            "dev.parley.embeddedpostgres..", "dev.parley.storage..", "dev.parley.inmemory..");

    @Test
    void domain_depends_on_the_jdk_only() {
        classes().that().resideInAPackage("dev.parley.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.parley.domain..", "java..")
                .check(PARLEY);
    }

    @Test
    void application_depends_on_domain_and_the_jdk_only() {
        classes().that().resideInAPackage("dev.parley.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.parley.application..", "dev.parley.domain..", "java..")
                .check(PARLEY);
    }

    @Test
    void adapters_never_depend_on_each_other() {
        for (String adapter : ADAPTERS) {
            String[] others = ADAPTERS.stream().filter(other -> !other.equals(adapter)).toArray(String[]::new);
            // The persistence test-jar's TestDatabases (on this classpath as a jar, so not excluded as a test) may
            // fall back to the embedded server.
            noClasses().that().resideInAPackage(adapter).and().resideOutsideOfPackage("dev.parley.persistence.testing..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(PARLEY);
        }
    }

    @Test
    void the_in_memory_adapters_depend_on_domain_and_the_jdk_only() {
        classes().that().resideInAPackage("dev.parley.inmemory..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.parley.inmemory..", "dev.parley.domain..", "java..", "javax..")
                .check(PARLEY);
    }

    @Test
    void the_fan_out_carries_wire_json_without_reading_it() {
        noClasses().that().resideInAPackage("dev.parley.realtime..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..")
                .check(PARLEY);
    }

    /** Who hears an event is the application's decision; the socket adapter encodes, subscribes and writes. */
    @Test
    void the_socket_adapter_only_transports_deliveries() {
        noClasses().that().resideInAPackage("dev.parley.http..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.parley.domain.realtime.out..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(FanoutBus.class, EventFrames.class))))
                .orShould().dependOnClassesThat().resideInAPackage("dev.parley.application.realtime..")
                .check(PARLEY);
    }

    @Test
    void nothing_but_bootstrap_depends_on_bootstrap() {
        noClasses().that().resideOutsideOfPackage("dev.parley.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("dev.parley.bootstrap..")
                .check(PARLEY);
    }

    /** The embedding kit only composes the core with the in-memory adapters; nothing in Parley builds on it. */
    @Test
    void the_embedding_kit_composes_the_core_and_the_in_memory_adapters_and_nothing_depends_on_it() {
        classes().that().resideInAPackage("dev.parley.embedded..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.parley.embedded..",
                        "dev.parley.application..", "dev.parley.domain..", "dev.parley.inmemory..", "java..")
                .check(PARLEY);
        noClasses().that().resideOutsideOfPackage("dev.parley.embedded..")
                .should().dependOnClassesThat().resideInAPackage("dev.parley.embedded..")
                .check(PARLEY);
    }

    @Test
    void every_rule_points_at_packages_that_exist() {
        for (String layer : List.of("dev.parley.domain", "dev.parley.application", "dev.parley.http",
                "dev.parley.persistence", "dev.parley.realtime", "dev.parley.mail", "dev.parley.security",
                "dev.parley.livekit", "dev.parley.embeddedpostgres", "dev.parley.inmemory", "dev.parley.embedded")) {
            org.assertj.core.api.Assertions.assertThat(PARLEY.containPackage(layer)).as(layer).isTrue();
        }
    }
}
