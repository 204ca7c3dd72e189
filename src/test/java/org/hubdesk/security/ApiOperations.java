package org.hubdesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubdesk.security.FuzzTarget.Encoding;
import org.hubdesk.security.FuzzTarget.Field;
import org.hubdesk.security.FuzzValues.Bad;
import org.hubdesk.security.FuzzValues.Kind;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's operations as its OpenAPI description ({@code /v3/api-docs}) states them: each path and
 * method, its query parameters and its body's properties with their types, so that an operation
 * added to the API is fuzzed the day it is described. The good body is the authorization matrix's
 * where it has one, else one made from the schema.
 */
final class ApiOperations {

	private final JsonNode docs;
	private final MatrixCalls matrix;
	private final MatrixFixtures fixtures;

	ApiOperations(String description, MatrixCalls matrix, MatrixFixtures fixtures) {
		this.docs = JsonMapper.builder().build().readTree(description);
		this.matrix = matrix;
		this.fixtures = fixtures;
	}

	/** Every operation of the description, as the role. */
	List<FuzzTarget> targets(Role role) {
		List<FuzzTarget> targets = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase();
				if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
					continue;
				}
				String route = method + " " + path.getKey();
				String filled = Routes.fill(route, fixtures);
				if (filled == null) {
					throw new IllegalStateException("no value for a variable of " + route + ": teach MatrixFixtures.value it");
				}
				targets.add(target(role, route, filled, operation.getValue()));
			}
		}
		return targets;
	}

	private FuzzTarget target(Role role, String route, String path, JsonNode operation) {
		List<Field> fields = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			if ("query".equals(parameter.path("in").asString())) {
				JsonNode schema = resolve(parameter.path("schema"));
				fields.add(new Field(parameter.path("name").asString(), kind(parameter.path("name").asString(), schema),
						Bad.text("good", example(schema)), false));
			}
		}
		JsonNode content = operation.path("requestBody").path("content");
		if (content.has("multipart/form-data")) {
			JsonNode schema = resolve(content.path("multipart/form-data").path("schema"));
			List<String> files = new ArrayList<>();
			for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
				if ("binary".equals(resolve(property.getValue()).path("format").asString())
						|| "binary".equals(resolve(property.getValue()).path("items").path("format").asString())) {
					files.add(property.getKey());
				}
			}
			return new FuzzTarget("API description", role, Routes.method(route), route, path, Encoding.MULTIPART,
					fields, null, files, false);
		}
		String json = null;
		if (content.has("application/json")) {
			JsonNode schema = resolve(content.path("application/json").path("schema"));
			json = matrix.json(route, role);
			for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
				JsonNode type = resolve(property.getValue());
				fields.add(new Field(property.getKey(), kind(property.getKey(), type), Bad.text("good", example(type)), false));
			}
			if (json == null) {
				json = "{}";
			}
		}
		return new FuzzTarget("API description", role, Routes.method(route), route, path,
				json == null ? Encoding.QUERY : Encoding.JSON, fields, json, List.of(), false);
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	private static Kind kind(String name, JsonNode schema) {
		String type = schema.path("type").asString("");
		if (schema.has("enum")) {
			return Kind.CHOICE;
		}
		if (name.toLowerCase().endsWith("id") || name.toLowerCase().endsWith("ids")) {
			return Kind.ID;
		}
		return switch (type) {
			case "integer", "number" -> Kind.NUMBER;
			case "boolean" -> Kind.FLAG;
			default -> schema.path("format").asString("").startsWith("date") ? Kind.DATE : Kind.TEXT;
		};
	}

	/** A value of the schema's type, as a query parameter holds it. */
	private static String example(JsonNode schema) {
		if (schema.has("enum")) {
			return schema.path("enum").get(0).asString();
		}
		return switch (schema.path("type").asString("")) {
			case "integer", "number" -> "1";
			case "boolean" -> "true";
			default -> "fuzz";
		};
	}
}
