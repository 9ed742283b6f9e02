package modularityfixture;

import org.springframework.modulith.Modulithic;

/** A two-module application for ModularityTests: {@code talks} uses {@code listens} without declaring it. */
@Modulithic
public class FixtureApplication {
}
