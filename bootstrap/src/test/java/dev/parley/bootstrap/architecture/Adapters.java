package dev.parley.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/** Test support: the adapters of a {@link HexagonalArchitecture}, one package (and Maven module) each. */
public final class Adapters {
    private final HexagonalArchitecture hexagon;
    private final List<String> packages = new ArrayList<>();

    Adapters(HexagonalArchitecture hexagon) {
        this.hexagon = hexagon;
    }

    /** One adapter: every class under this package (relative to the base package) belongs to it. */
    public Adapters adapter(String relativePackage) {
        packages.add(hexagon.everythingIn(relativePackage));
        return this;
    }

    public HexagonalArchitecture and() {
        return hexagon;
    }

    List<ArchRule> rules(String applicationPackage, DescribedPredicate<JavaClass> outgoingPort) {
        String[] all = packages.toArray(String[]::new);
        List<ArchRule> rules = new ArrayList<>();
        packages.forEach(adapter -> rules.add(HexagonalArchitecture.holdsClasses("an adapter", adapter)));
        rules.add(noClasses().that().resideInAnyPackage(all)
                .should().dependOnClassesThat().resideInAPackage(applicationPackage)
                .as("adapters never depend on application services, they call the use cases (incoming ports)"));
        for (String adapter : packages) {
            String[] others = packages.stream().filter(other -> !other.equals(adapter)).toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .as("adapter " + adapter + " does not depend on another adapter"));
        }
        rules.add(classes().that().resideInAnyPackage(all)
                .should(new UseOnlyOutgoingPortsTheyImplement(packages, outgoingPort))
                .as("adapters use an outgoing port only where they implement it"));
        return rules;
    }
}
