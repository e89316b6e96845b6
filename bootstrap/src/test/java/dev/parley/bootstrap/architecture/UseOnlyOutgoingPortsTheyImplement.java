package dev.parley.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test support: an adapter class may depend on an outgoing port only if its adapter (the class itself or another class
 * of the same adapter package) implements that port. Calling a port someone else implements would make the adapter a
 * second application: it belongs behind a use case. A nested type of a port counts as the port.
 */
final class UseOnlyOutgoingPortsTheyImplement extends ArchCondition<JavaClass> {
    private final List<String> adapterPackages;
    private final DescribedPredicate<JavaClass> outgoingPort;
    private final Map<String, Set<String>> portsImplementedByAdapter = new HashMap<>();

    UseOnlyOutgoingPortsTheyImplement(List<String> adapterPackages, DescribedPredicate<JavaClass> outgoingPort) {
        super("use only the outgoing ports their adapter implements");
        this.adapterPackages = adapterPackages;
        this.outgoingPort = outgoingPort;
    }

    @Override
    public void init(Collection<JavaClass> adapterClasses) {
        portsImplementedByAdapter.clear();
        for (JavaClass adapterClass : adapterClasses) {
            Set<String> implemented = portsImplementedByAdapter
                    .computeIfAbsent(adapterOf(adapterClass), key -> new HashSet<>());
            adapterClass.getAllRawInterfaces().forEach(port -> implemented.add(port.getName()));
        }
    }

    @Override
    public void check(JavaClass adapterClass, ConditionEvents events) {
        String adapter = adapterOf(adapterClass);
        Set<String> implemented = portsImplementedByAdapter.getOrDefault(adapter, Set.of());
        Set<String> reported = new HashSet<>();
        for (Dependency dependency : adapterClass.getDirectDependenciesFromSelf()) {
            JavaClass port = outermost(dependency.getTargetClass().getBaseComponentType());
            if (outgoingPort.test(port) && !implemented.contains(port.getName()) && reported.add(port.getName())) {
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                        + ", but no class of adapter " + adapter + " implements " + port.getSimpleName()));
            }
        }
    }

    private String adapterOf(JavaClass adapterClass) {
        return adapterPackages.stream()
                .filter(adapter -> JavaClass.Predicates.resideInAPackage(adapter).test(adapterClass))
                .findFirst().orElseThrow();
    }

    private static JavaClass outermost(JavaClass type) {
        Optional<JavaClass> enclosing = type.getEnclosingClass();
        return enclosing.map(UseOnlyOutgoingPortsTheyImplement::outermost).orElse(type);
    }
}
