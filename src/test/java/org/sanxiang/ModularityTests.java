package org.sanxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import modularityfixture.FixtureApplication;

/**
 * Fails on a dependency cycle between modules, a reach into another module's internals, or an edge a
 * module's {@code package-info.java} does not declare in {@code allowedDependencies}.
 */
@Tag("no-db")
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SanxiangApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** An open module ({@code allowedDependencies} left out) would accept any new edge unnoticed. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        assertThat(declared().entrySet()).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey())
                .doesNotContain(ApplicationModule.OPEN_TOKEN));
    }

    /** The declarations are the real graph: an allowance nobody uses would let the next edge in silently. */
    @Test
    void declaredDependenciesAreTheRealOnes() {
        Map<String, Set<String>> real = new TreeMap<>();
        MODULES.forEach(m -> real.put(m.getIdentifier().toString(), m.getDirectDependencies(MODULES).uniqueModules()
                .map(d -> d.getIdentifier().toString()).collect(Collectors.toCollection(TreeSet::new))));
        Map<String, Set<String>> declared = new TreeMap<>();
        declared().forEach((module, allowed) -> declared.put(module, Arrays.stream(allowed)
                .map(a -> a.split("::")[0].trim()).collect(Collectors.toCollection(TreeSet::new))));
        assertThat(declared).isEqualTo(real);
    }

    /** The check itself can fail: a module using another it does not declare is a violation. */
    @Test
    void anUndeclaredEdgeIsAViolation() {
        Violations violations = ApplicationModules.of(FixtureApplication.class, location -> true).detectViolations();
        assertThat(violations.getMessages()).singleElement().asString()
                .contains("Module 'talks' depends on module 'listens'").contains("Allowed targets: none");
    }

    private static Map<String, String[]> declared() {
        Map<String, String[]> declared = new TreeMap<>();
        MODULES.forEach(m -> {
            String base = m.getBasePackage().getName();
            try {
                ApplicationModule a = Class.forName(base + ".package-info").getAnnotation(ApplicationModule.class);
                declared.put(m.getIdentifier().toString(), a == null ? new String[] {ApplicationModule.OPEN_TOKEN}
                        : a.allowedDependencies());
            } catch (ClassNotFoundException e) {
                declared.put(m.getIdentifier().toString(), new String[] {ApplicationModule.OPEN_TOKEN});
            }
        });
        return declared;
    }
}
