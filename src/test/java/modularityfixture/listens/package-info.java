@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package modularityfixture.listens;
