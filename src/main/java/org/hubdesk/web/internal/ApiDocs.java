package org.hubdesk.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API at {@code /v3/api-docs}: programs authenticate with a
 * personal API token from the account page, sent as {@code Authorization: Bearer hd_…}. A hub's
 * calls take the hub from the address's {@code {slug}} (as a {@link Hub} or {@link HubViewer}
 * argument), which the description shows as the path parameter it is.
 */
@Configuration
class ApiDocs {

	static final String API_TOKEN = "apiToken";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Hub.class, HubViewer.class);
	}

	@Bean
	OpenAPI hubdeskOpenApi(@Value("${hubdesk.version:dev}") String version) {
		SecurityScheme token = new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("hd_…")
			.description("A personal API token, created on the account page (/account#api-tokens). "
					+ "Calls with a token need no CSRF token.");
		return new OpenAPI()
			.info(new Info().title("Hubdesk REST API")
				.version(version)
				.description("Hubs and their requests. Errors are RFC 9457 problem details; invalid input "
						+ "answers 400 with errors: [{field, message}] in the caller's language, a stale "
						+ "version 409, and a request the caller may not read 404."))
			.components(new Components().addSecuritySchemes(API_TOKEN, token))
			.addSecurityItem(new SecurityRequirement().addList(API_TOKEN));
	}

	/** The hub's {@code {slug}} as a path parameter of every call under a hub that does not name it itself. */
	@Bean
	OpenApiCustomizer hubSlugParameter() {
		return api -> api.getPaths().forEach((path, item) -> {
			if (path.contains("{slug}")) {
				item.readOperations().forEach(ApiDocs::withSlug);
			}
		});
	}

	private static void withSlug(Operation operation) {
		if (operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(p -> "slug".equals(p.getName()))) {
			return;
		}
		operation.addParametersItem(new PathParameter().name("slug").required(true).schema(new StringSchema())
			.description("the hub's short name in its address"));
	}
}
