package org.hubdesk.impact;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hubdesk.DemoTest;
import org.hubdesk.ImpactStubs;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the impact tests share: the whole application with the demo data, reading the platforms from
 * the local stand-in ({@link org.hubdesk.PlatformStub}, as every test context does), a hub of each
 * test's own ({@link ImpactFixture}) and the calls of the API.
 */
@DemoTest
abstract class ImpactTestSupport {

	@Autowired
	ApplicationContext context;

	ImpactFixture f;

	@BeforeEach
	void setUp() {
		f = new ImpactFixture(context);
		ImpactStubs.stubMaps();
	}

	/** Waits until no target of the request is refreshing; the impact as the API gives it then. */
	String settled(int number) {
		String[] last = new String[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			last[0] = body(call(get(f.api(number)), f.staff));
			return !last[0].contains("\"refreshing\":true");
		});
		return last[0];
	}

	static Map<String, Object> target(String kind, String title, int depth) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("title", title);
		body.put("depth", depth);
		return body;
	}

	static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(1e-9);
	}

	ResultActions send(MockHttpServletRequestBuilder request, String token, Object body) throws Exception {
		return f.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(f.json.writeValueAsString(body)));
	}

	ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
		return f.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	static String body(ResultActions actions) throws Exception {
		return actions.andReturn().getResponse().getContentAsString();
	}
}
