package org.hubdesk.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * One call of the matrix: the route's method and filled-in path, as the role (a session for pages,
 * the role's API token as a bearer credential under {@code /api/}, nobody for the anonymous), with
 * a CSRF token on every page write, and with input that is valid where the route takes input, so
 * that what decides the answer is who calls, not what they send.
 */
final class MatrixCalls {

	private final MatrixFixtures f;
	private final People people;

	MatrixCalls(MatrixFixtures fixtures, People people) {
		this.f = fixtures;
		this.people = people;
	}

	AbstractMockHttpServletRequestBuilder<?> build(String method, String route, String path, Role role) {
		boolean api = path.startsWith("/api/");
		AbstractMockHttpServletRequestBuilder<?> call;
		if (route.endsWith("/attachments") && "POST".equals(method)) {
			String part = api ? "file" : "files";
			call = multipart(path).file(new MockMultipartFile(part, "matrix-upload.txt", "text/plain",
					"uploaded by the matrix".getBytes(StandardCharsets.UTF_8)));
		}
		else {
			call = request(HttpMethod.valueOf(method), path);
		}
		String json = json(method + " " + route, role);
		if (json != null) {
			call.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		form(method + " " + route, role).forEach(call::param);
		if (role.username() != null && api) {
			call.header(HttpHeaders.AUTHORIZATION, "Bearer " + f.tokens.get(role));
		}
		else {
			if (role.username() != null) {
				call.with(SignedIn.as(people, role.username()));
			}
			if (!"GET".equals(method)) {
				call.with(csrf());
			}
		}
		return call;
	}

	/** The JSON body the route takes, valid for the role (who revises their own review with its version). */
	String json(String key, Role role) {
		long v = f.own.getVersion();
		long dv = f.draft.getVersion();
		long rv = f.reviewed.getVersion();
		return switch (key) {
			case "POST /api/v1/hubs/{slug}/requests" -> "{\"title\":\"Matrix API draft\"}";
			case "PATCH /api/v1/hubs/{slug}/requests/{number}" -> "{\"version\":" + v + ",\"title\":\"Matrix patched\"}";
			case "PUT /api/v1/hubs/{slug}/committee/settings" -> "{\"version\":" + f.settingsVersion
					+ ",\"decides\":true,\"chairSeesScoresAtStart\":true,\"quorumPercent\":50,\"equityWeight\":0.2,"
					+ "\"staffHoursPerQuarter\":400}";
			case "PATCH /api/v1/hubs/{slug}/requests/drafts/{id}" -> "{\"version\":" + dv + ",\"title\":\"Matrix draft patched\"}";
			case "POST /api/v1/hubs/{slug}/requests/drafts/{id}/submit" -> "{\"version\":" + dv + "}";
			case "POST /api/v1/hubs/{slug}/requests/{number}/transitions" ->
				"{\"version\":" + v + ",\"to\":\"COMPLETED\",\"reason\":\"Matrix move\"}";
			case "POST /api/v1/hubs/{slug}/requests/{number}/assignment" -> "{\"version\":" + v + ",\"assignee\":\"staff\"}";
			case "POST /api/v1/hubs/{slug}/requests/{number}/messages" -> "{\"body\":\"Matrix API reply\",\"internal\":false}";
			case "POST /api/v1/hubs/{slug}/requests/{number}/withdrawal" -> "{\"version\":" + v + ",\"reason\":\"Matrix\"}";
			case "POST /api/v1/hubs/{slug}/committee/meetings" ->
				"{\"startsAt\":\"2030-01-07T10:00:00Z\",\"minutes\":60,\"videoLink\":\"https://meet.example.org/matrix\"}";
			// the request in triage goes on the agenda
			case "POST /api/v1/hubs/{slug}/committee/meetings/{meetingId}/agenda" ->
				"{\"number\":" + f.other.getNumber() + ",\"version\":" + f.other.getVersion() + "}";
			case "PUT /api/v1/hubs/{slug}/committee/requests/{number}/review" -> reviewJson(role);
			case "POST /api/v1/hubs/{slug}/requests/{number}/impact/targets" ->
				"{\"kind\":\"COMMONS_CATEGORY\",\"title\":\"Matrix call\",\"depth\":1}";
			case "POST /api/v1/hubs/{slug}/committee/requests/{number}/conflicts" -> "{\"reason\":\"Matrix\"}";
			case "POST /api/v1/hubs/{slug}/committee/requests/{number}/conflicts/{member}" ->
				"{\"holds\":true,\"reason\":\"Matrix\"}";
			case "POST /api/v1/hubs/{slug}/committee/requests/{number}/discussion" -> "{\"body\":\"Matrix\"}";
			case "PUT /api/v1/hubs/{slug}/committee/requests/{number}/vote" -> "{\"choice\":\"ACCEPT\",\"reason\":\"Matrix\"}";
			case "POST /api/v1/hubs/{slug}/committee/requests/{number}/decision" -> "{\"version\":" + rv
					+ ",\"outcome\":\"ACCEPT\",\"reasons\":\"Matrix\",\"publicSummary\":\"Matrix\",\"byConsensus\":false}";
			default -> null;
		};
	}

	/** The form fields the route takes, valid for the role (who revises their own review with its version). */
	Map<String, String> form(String key, Role role) {
		String v = String.valueOf(f.own.getVersion());
		String dv = String.valueOf(f.draft.getVersion());
		String today = LocalDate.now().toString();
		return switch (key) {
			case "POST /account" -> Map.of("displayName", "Matrix name", "language", "en", "timeZone", "UTC");
			case "POST /account/affiliations" -> Map.of("affiliateId", String.valueOf(f.affiliate));
			case "POST /account/password" -> Map.of("currentPassword", "demo", "newPassword", "a much longer secret 42",
					"confirmPassword", "a much longer secret 42");
			case "POST /account/tokens" -> Map.of("name", "Matrix token");
			case "POST /hubs/{slug}/requests/new" -> Map.of("title", "Matrix page draft", "action", "draft");
			case "POST /hubs/{slug}/requests/drafts/{id}" -> Map.of("title", "Matrix draft saved", "version", dv,
					"action", "draft");
			case "POST /hubs/{slug}/requests/{n}/messages" -> Map.of("body", "Matrix reply", "version", v);
			case "POST /hubs/{slug}/requests/{n}/withdraw" -> Map.of("version", v, "reason", "Matrix");
			case "POST /hubs/{slug}/requests/{n}/transition" -> Map.of("version", v, "to", "COMPLETED", "reason", "Matrix");
			case "POST /hubs/{slug}/requests/{n}/assign" -> Map.of("version", v, "assignee",
					String.valueOf(people.byUsername("staff").orElseThrow().getId()));
			case "POST /hubs/{slug}/requests/{n}/work/estimate" -> Map.of("version", v, "effort", "3", "summary", "Matrix");
			case "POST /hubs/{slug}/requests/{n}/work/tags" -> Map.of("version", v, "tags", "matrix");
			case "POST /hubs/{slug}/requests/{n}/work/milestones" -> Map.of("title", "Matrix", "due", today);
			case "POST /hubs/{slug}/requests/{n}/work/milestones/{id}" -> Map.of("done", "true");
			case "POST /hubs/{slug}/requests/{n}/work/hours" -> Map.of("hours", "1", "date", today, "note", "Matrix");
			case "POST /hubs/{slug}/requests/{n}/work/outcome" -> Map.of("summary", "Matrix outcome", "links",
					"https://commons.wikimedia.org/wiki/Category:Matrix");
			case "POST /hubs/{slug}/requests/{n}/work/split" -> Map.of("parts", "Matrix part one\nMatrix part two");
			case "POST /hubs/{slug}/requests/{number}/impact/targets" -> Map.of("kind", "COMMONS_CATEGORY", "title",
					"Matrix call", "depth", "1");
			case "POST /hubs/{slug}/requests/{number}/impact/shares" -> Map.of("language", "sv");
			case "POST /hubs/{slug}/desk/views" -> Map.of("viewName", "Matrix view", "query", "state=TRIAGE");
			case "POST /hubs/{slug}/desk/canned-replies" -> Map.of("language", "en", "title", "Matrix", "body", "Matrix");
			case "POST /language" -> Map.of("lang", "sv", "return", "/");
			case "POST /admin/hubs" -> Map.of("slug", "matrix-" + f.nonce, "name", "Matrix hub", "numberPrefix",
					"MX", "languages", "en", "defaultLanguage", "en", "template", "content-partnerships");
			case "POST /admin/hubs/{slug}/roles" -> Map.of("username", "requester2", "role", "EXPERT");
			case "POST /admin/hubs/{slug}/roles/delete" -> Map.of("personId",
					String.valueOf(people.byUsername("expert").orElseThrow().getId()), "role", "EXPERT");
			case "POST /directory/affiliates" -> Map.of("name", "Matrix affiliate " + f.nonce, "type", "USER_GROUP",
					"countryCode", "SE", "regionCode", "NWE", "size", "SMALL");
			case "POST /directory/thematic-groups" -> Map.of("name", "Matrix group " + f.nonce);
			case "POST /directory/institutions" -> Map.of("name", "Matrix institution " + f.nonce);
			// the chair adds a row to the rubric's form: the form is shown again, nothing is saved
			case "POST /hubs/{slug}/committee/rubric" -> Map.of("action", "add");
			case "POST /hubs/{slug}/committee/settings" -> Map.of("version", String.valueOf(f.settingsVersion), "decides",
					"true", "chairSeesScoresAtStart", "true", "quorumPercent", "50", "equityWeight", "0.20",
					"staffHoursPerQuarter", "400");
			case "POST /hubs/{slug}/committee/meetings" -> Map.of("day", "2031-03-04", "time", "14:30", "minutes", "90",
					"videoLink", "https://meet.example.org/matrix");
			case "POST /hubs/{slug}/committee/meetings/{id}/agenda" -> Map.of("number",
					String.valueOf(f.other.getNumber()));
			case "POST /hubs/{slug}/committee/replies/{outcome}/{language}" -> Map.of("body",
					"Vi hjälper er med {title}. {reasons}");
			case "POST /hubs/{slug}/committee/requests/{n}/review" -> review(role);
			case "POST /hubs/{slug}/committee/requests/{n}/conflicts" -> Map.of("reason", "Matrix");
			case "POST /hubs/{slug}/committee/requests/{n}/conflicts/{memberId}" -> Map.of("holds", "true", "reason",
					"Matrix");
			case "POST /hubs/{slug}/committee/requests/{n}/discussion" -> Map.of("body", "Matrix");
			case "POST /hubs/{slug}/committee/requests/{n}/vote" -> Map.of("choice", "ACCEPT", "reason", "Matrix");
			case "POST /hubs/{slug}/committee/requests/{n}/decision" -> Map.of("outcome", "ACCEPT", "reasons", "Matrix",
					"publicSummary", "Matrix", "version", String.valueOf(f.reviewed.getVersion()));
			default -> Map.of();
		};
	}

	/** A score for every criterion, with the role's review's version when they revise it (else null: a first review). */
	private String reviewJson(Role role) {
		List<String> scores = new ArrayList<>();
		f.validScores.forEach((criterion, score) -> scores
			.add("{\"criterionId\":" + criterion + ",\"score\":" + score + ",\"comment\":\"Matrix\"}"));
		Long version = f.reviewVersions.get(role);
		return "{\"version\":" + (version == null ? "null" : version) + ",\"scores\":[" + String.join(",", scores) + "]}";
	}

	/** A score for every criterion, with the role's review's version when they revise it. */
	private Map<String, String> review(Role role) {
		Map<String, String> fields = new LinkedHashMap<>();
		f.validScores.forEach((criterion, score) -> {
			fields.put("score[" + criterion + "]", String.valueOf(score));
			fields.put("comment[" + criterion + "]", "Matrix");
		});
		if (f.reviewVersions.containsKey(role)) {
			fields.put("version", String.valueOf(f.reviewVersions.get(role)));
		}
		return fields;
	}
}
