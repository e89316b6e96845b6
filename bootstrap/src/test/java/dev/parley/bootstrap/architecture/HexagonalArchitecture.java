package dev.parley.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Test support: a fluent description of one hexagon (domain model, incoming and outgoing ports, application services,
 * adapters, configuration) and the dependency rules it implies. Packages are relative to the base package.
 *
 * <pre>{@code
 * HexagonalArchitecture.basePackage("dev.parley")
 *         .withDomain("domain").withIncomingPorts("domain.*.in").withOutgoingPorts("domain.*.out")
 *         .withApplicationServices("application")
 *         .withAdapters().adapter("http").adapter("persistence").and()
 *         .withConfiguration("bootstrap")
 *         .rules();
 * }</pre>
 */
public final class HexagonalArchitecture {
    /** What the core (domain and application) may use besides itself. */
    private static final String JDK = "java..";

    private final String basePackage;
    private final Adapters adapters = new Adapters(this);
    private final List<String> outgoingPortPackages = new ArrayList<>();
    private final List<String> outgoingPortTypes = new ArrayList<>();
    private final List<String> configurationPackages = new ArrayList<>();
    private String domainPackage;
    private String incomingPortPackage;
    private String applicationPackage;

    private HexagonalArchitecture(String basePackage) {
        this.basePackage = basePackage;
    }

    public static HexagonalArchitecture basePackage(String basePackage) {
        return new HexagonalArchitecture(basePackage);
    }

    /** The domain: model, rules and every port; it uses the JDK only. */
    public HexagonalArchitecture withDomain(String relativePackage) {
        domainPackage = everythingIn(relativePackage);
        return this;
    }

    /** Where the use cases live (may contain {@code *}); any adapter may call them. */
    public HexagonalArchitecture withIncomingPorts(String relativePackage) {
        incomingPortPackage = everythingIn(relativePackage);
        return this;
    }

    /** Where the outgoing ports live (may contain {@code *}); an adapter uses one only if it implements it. */
    public HexagonalArchitecture withOutgoingPorts(String relativePackage) {
        outgoingPortPackages.add(everythingIn(relativePackage));
        return this;
    }

    /** Outgoing ports that live outside an {@code out} package (the shared kernel's cross-cutting ports). */
    public HexagonalArchitecture withOutgoingPortTypes(Class<?>... ports) {
        Arrays.stream(ports).map(Class::getName).forEach(outgoingPortTypes::add);
        return this;
    }

    /** The services implementing the use cases: they depend on the domain only and are built by configuration. */
    public HexagonalArchitecture withApplicationServices(String relativePackage) {
        applicationPackage = everythingIn(relativePackage);
        return this;
    }

    public Adapters withAdapters() {
        return adapters;
    }

    /** The code that wires adapters into the core; nothing else depends on it. */
    public HexagonalArchitecture withConfiguration(String... relativePackages) {
        Arrays.stream(relativePackages).map(this::everythingIn).forEach(configurationPackages::add);
        return this;
    }

    /** Every rule of this hexagon, each failing on classes that break it. */
    public List<ArchRule> rules() {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(holdsClasses("the incoming ports", incomingPortPackage));
        outgoingPortPackages.forEach(outgoing -> rules.add(holdsClasses("the outgoing ports", outgoing)));
        configurationPackages.forEach(configuration -> rules.add(holdsClasses("the configuration", configuration)));
        rules.add(classes().that().resideInAPackage(domainPackage)
                .should().onlyDependOnClassesThat().resideInAnyPackage(domainPackage, JDK)
                .as("the domain depends on the JDK only"));
        rules.add(classes().that().resideInAPackage(applicationPackage)
                .should().onlyDependOnClassesThat().resideInAnyPackage(applicationPackage, domainPackage, JDK)
                .as("the application depends on the domain only"));
        rules.addAll(adapters.rules(applicationPackage, outgoingPort()));
        rules.add(noClasses().that().resideOutsideOfPackages(applicationAndConfiguration())
                .should().dependOnClassesThat().resideInAPackage(applicationPackage)
                .as("only configuration builds the application services"));
        rules.add(noClasses().that().resideOutsideOfPackages(configurationPackages.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(configurationPackages.toArray(String[]::new))
                .as("nothing depends on configuration"));
        return rules;
    }

    /** Runs every rule; the first broken one fails with all its violations. */
    public void check(JavaClasses classes) {
        rules().forEach(rule -> rule.check(classes));
    }

    /** Is the type an outgoing port? (The adapter condition asks this of a nested type's outermost class.) */
    DescribedPredicate<JavaClass> outgoingPort() {
        Set<String> named = Set.copyOf(outgoingPortTypes);
        DescribedPredicate<JavaClass> inOutPackage = JavaClass.Predicates.resideInAnyPackage(
                outgoingPortPackages.toArray(String[]::new));
        return DescribedPredicate.describe("an outgoing port",
                type -> named.contains(type.getName()) || inOutPackage.test(type));
    }

    /** A description that names a package holding nothing guards nothing. */
    static ArchRule holdsClasses(String role, String packageIdentifier) {
        return classes().that().resideInAPackage(packageIdentifier).should().resideInAPackage(packageIdentifier)
                .allowEmptyShould(false).as(role + " (" + packageIdentifier + ") hold classes");
    }

    String everythingIn(String relativePackage) {
        return basePackage + "." + relativePackage + "..";
    }

    private String[] applicationAndConfiguration() {
        return Stream.concat(Stream.of(applicationPackage), configurationPackages.stream()).toArray(String[]::new);
    }
}
