package org.hubdesk;

import java.time.Clock;

import org.hubdesk.shared.DemoClock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Hubdesk: the helpdesk of a thematic hub of the Wikimedia movement.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class HubdeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(HubdeskApplication.class, args);
	}

	/** The clock every module reads the time from, so tests can fix it. */
	@Bean
	@Profile("!demo")
	Clock clock() {
		return Clock.systemUTC();
	}

	/** The same clock under the demo profile, which demo data may set to the past while it seeds. */
	@Bean
	@Profile("demo")
	DemoClock demoClock() {
		return new DemoClock(Clock.systemUTC());
	}
}
