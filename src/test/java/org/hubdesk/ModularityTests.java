package org.hubdesk;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map of the application: the modules that exist, their boundaries (no cycles, nobody reaching
 * into another's internals) and the direction of their dependencies, and the documentation written
 * from them to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(HubdeskApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theModulesAreTheOnesThatExist() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.containsExactlyInAnyOrder("shared", "directory", "identity", "hub", "request", "notification", "search",
					"committee", "reporting", "wikimedia", "impact", "needs", "web");
	}

	@Test
	void dependenciesRunDownwards() {
		assertThat(dependents("web")).as("modules that depend on the shell").isEmpty();
		assertThat(dependencies("shared")).as("what the shared kernel depends on").isEmpty();
		assertThat(dependencies("directory")).as("what the directory depends on").isSubsetOf("shared");
		assertThat(dependencies("reporting")).as("what reporting depends on").isSubsetOf("shared");
		assertThat(dependencies("wikimedia")).as("what the Wikimedia APIs depend on").isSubsetOf("shared");
		assertThat(dependents("search")).as("modules that depend on search").isSubsetOf("web");
		assertThat(dependencies("notification")).as("what notifications depend on")
			.isSubsetOf("shared", "identity", "hub");
		assertThat(dependencies("request")).as("what requests depend on")
			.isSubsetOf("shared", "directory", "identity", "hub", "notification", "wikimedia");
		assertThat(dependents("committee")).as("modules that depend on the committee").isSubsetOf("search", "web");
		assertThat(dependencies("committee")).as("what the committee depends on")
			.isSubsetOf("shared", "directory", "identity", "hub", "request", "notification", "reporting");
	}

	@Test
	void usefulnessOnThePlatformsStandsOnTheRequestsAndTheReadingOfThePlatforms() {
		assertThat(dependents("impact")).as("modules that depend on usefulness on the platforms").isSubsetOf("web");
		assertThat(dependencies("impact")).as("what usefulness on the platforms depends on")
			.isSubsetOf("shared", "directory", "identity", "hub", "request", "notification", "reporting", "wikimedia");
	}

	@Test
	void theNeedsAssessmentStandsOnTheHubsCodebookAndTheRequests() {
		assertThat(dependents("needs")).as("modules that depend on the needs assessment").isSubsetOf("search", "web");
		assertThat(dependencies("needs")).as("what the needs assessment depends on")
			.isSubsetOf("shared", "directory", "identity", "hub", "request", "notification", "reporting");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

	private List<String> dependencies(String name) {
		ApplicationModule module = modules.getModuleByName(name).orElseThrow();
		return dependenciesOf(module).stream().distinct().toList();
	}

	private List<String> dependents(String name) {
		return modules.stream()
			.filter(m -> !m.getIdentifier().toString().equals(name))
			.filter(m -> dependenciesOf(m).contains(name))
			.map(m -> m.getIdentifier().toString())
			.toList();
	}

	private List<String> dependenciesOf(ApplicationModule module) {
		return module.getDirectDependencies(modules, DependencyType.values()).stream()
			.map(d -> d.getTargetModule().getIdentifier().toString())
			.toList();
	}
}
