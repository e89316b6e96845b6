package dev.parley.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.parley.bootstrap.architecture.HexagonalArchitecture;
import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.MailQueue;
import dev.parley.domain.mail.MailSender;
import dev.parley.domain.realtime.out.EventFrames;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.Transactions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The hexagonal dependency rule: the core imports only the JDK; adapters use their own ports, never each other. */
class DependencyRuleTest {
    /** Main code only: no test classes, nor other modules' test-jars (jars, which the predefined option keeps). */
    private static final JavaClasses PARLEY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.parley");
    private static final HexagonalArchitecture HEXAGON = HexagonalArchitecture.basePackage("dev.parley")
            .withDomain("domain")
            .withIncomingPorts("domain.*.in")
            .withOutgoingPorts("domain.*.out")
            // HealthCheck is deliberately not among them: the core never calls it. It is the operations contract
            // between the adapters that own a connection (database, Redis) and the HTTP adapter's /ready probe,
            // which bootstrap joins as a Dagger set; routing it through a use case would add a pass-through only.
            .withOutgoingPortTypes(EventPublisher.class, RateLimiter.class, Transactions.class,
                    MailOutbox.class, MailQueue.class, MailSender.class)
            .withApplicationServices("application")
            .withAdapters()
                .adapter("http").adapter("persistence").adapter("realtime").adapter("mail").adapter("security")
                .adapter("livekit").adapter("storage").adapter("embeddedpostgres").adapter("inmemory")
                .and()
            // The embedding kit (InMemoryParley) builds a core on the in-memory adapters: configuration, like bootstrap.
            .withConfiguration("bootstrap", "embedded");

    /**
     * The hexagon's rules (see {@link HexagonalArchitecture}): the domain depends on the JDK only; the application on
     * the domain only; adapters use the domain model, the use cases and only the outgoing ports they implement, never
     * application services or each other; only bootstrap builds the application, and nothing depends on bootstrap.
     */
    @TestFactory
    Stream<DynamicTest> the_hexagon_holds() {
        return HEXAGON.rules().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(PARLEY)));
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
                        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(EventFrames.class))))
                .orShould().dependOnClassesThat().resideInAPackage("dev.parley.application.realtime..")
                .check(PARLEY);
    }

    /** The planted violations of {@code HexagonalArchitectureTest} are test code and stay out of the real check. */
    @Test
    void the_architecture_fixture_is_not_part_of_parley() {
        org.assertj.core.api.Assertions.assertThat(PARLEY.containPackage("dev.parley.bootstrap.architecture"))
                .isFalse();
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
