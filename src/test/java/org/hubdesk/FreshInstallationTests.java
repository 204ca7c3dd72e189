package org.hubdesk;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The first start of an installation without the demo: an empty database (always a fresh
 * in-memory one here, whatever database the rest of the suite runs on) gets the instance
 * administrator, whose random password is printed once.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:fresh-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FreshInstallationTests {

	private static final Pattern PASSWORD = Pattern.compile("'admin' with the password (\\S+) ");

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Hubs hubs;

	@Test
	void theFirstStartCreatesTheInstanceAdminWithAPasswordPrintedOnce(CapturedOutput output) throws Exception {
		assertThat(people.count()).isEqualTo(1);
		assertThat(people.byUsername("admin").orElseThrow().isInstanceAdmin()).isTrue();
		// the context starts inside the capture (it begins before the test instance is prepared)
		Matcher m = PASSWORD.matcher(output.getAll());
		assertThat(m.find()).as("the password is printed").isTrue();
		String password = m.group(1);
		assertThat(password).hasSize(20);
		mvc.perform(post("/login").param("username", "admin").param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(m.find()).as("the password is printed only once").isFalse();
		mvc.perform(post("/login").param("username", "admin").param("password", "demo").with(csrf()))
			.andExpect(redirectedUrl("/login?error=failed&username=admin"));
	}

	@Test
	void theStartPageGoesStraightToTheOnlyHub() throws Exception {
		hubs.createFromTemplate("content-partnerships", "only-hub", "The Only Hub", "OH", List.of("en"), "en");
		mvc.perform(get("/")).andExpect(redirectedUrl("/hubs/only-hub"));
		mvc.perform(get("/").param("signedout", "")).andExpect(redirectedUrl("/hubs/only-hub?signedout"));
	}
}
