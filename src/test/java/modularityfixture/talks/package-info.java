/** Declares no dependency, yet uses {@code listens}. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package modularityfixture.talks;
