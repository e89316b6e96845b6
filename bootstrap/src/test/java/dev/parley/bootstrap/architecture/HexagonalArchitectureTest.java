package dev.parley.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hexagon rules pass a clean fixture hexagon and catch each violation planted in it. */
class HexagonalArchitectureTest {
    private static final String FIXTURE = "dev.parley.bootstrap.architecture.fixture";
    private static final HexagonalArchitecture HEXAGON = HexagonalArchitecture.basePackage(FIXTURE)
            .withDomain("domain")
            .withIncomingPorts("domain.*.in")
            .withOutgoingPorts("domain.*.out")
            .withApplicationServices("application")
            .withAdapters().adapter("web").adapter("db").and()
            .withConfiguration("config");

    @Test
    void a_clean_hexagon_passes_every_rule() {
        JavaClasses clean = fixtureWith("none");

        assertThatCode(() -> HEXAGON.check(clean)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PlantedPortCall    | adapters use an outgoing port only where they implement it | no class of adapter
            PlantedServiceCall | adapters never depend on application services               | ReadNoteService
            PlantedAdapterCall | does not depend on another adapter                         | DbNotes
            PlantedAdapterUse  | the application depends on the domain only                 | DbNotes
            PlantedWiringUse   | nothing depends on configuration                           | Wiring
            """)
    void each_planted_violation_fails_its_rule(String planted, String rule, String culprit) {
        JavaClasses violating = fixtureWith(planted);

        assertThatThrownBy(() -> HEXAGON.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule)
                .hasMessageContaining(planted)
                .hasMessageContaining(culprit);
    }

    /** The clean fixture plus the one planted class named (test classes included: the fixture is test code). */
    private static JavaClasses fixtureWith(String planted) {
        return new ClassFileImporter()
                .withImportOption(location -> !location.contains("/Planted")
                        || location.contains("/" + planted + ".class"))
                .importPackages(FIXTURE);
    }
}
