package org.hubdesk;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
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
	Clock clock() {
		return Clock.systemUTC();
	}
}
