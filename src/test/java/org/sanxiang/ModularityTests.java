package org.sanxiang;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails on a dependency cycle between modules or a reach into another module's internals. */
@Tag("no-db")
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(SanxiangApplication.class).verify();
    }
}
