package org.hubdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application on a real port, with the demo data, Wikimedia sign-in pointed at a local
 * WireMock server ({@link WikimediaStub}) and small upload limits (the application's, and the
 * container's ceiling above them). Test classes with this
 * annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"hubdesk.wikimedia.client-id=hubdesk-test-client",
		"hubdesk.wikimedia.client-secret=hubdesk-test-secret",
		"hubdesk.attachments.max-file-size=4KB",
		"hubdesk.attachments.max-total-size=6KB",
		"spring.servlet.multipart.max-request-size=16KB" })
@ContextConfiguration(initializers = WikimediaStub.Initializer.class)
@ActiveProfiles("demo")
public @interface RealServerTest {
}
