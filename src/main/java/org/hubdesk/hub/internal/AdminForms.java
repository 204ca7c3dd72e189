package org.hubdesk.hub.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubdesk.hub.HubRole;

/** The forms of the instance administration pages. */
final class AdminForms {

	private AdminForms() {
	}

	static class CreateHubForm {

		@NotBlank(message = "{validation.required}")
		private String template = "content-partnerships";

		@NotBlank(message = "{validation.required}")
		@Size(max = 60, message = "{validation.too-long}")
		private String slug;

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.too-long}")
		private String name;

		@NotBlank(message = "{validation.required}")
		private String numberPrefix;

		@NotBlank(message = "{validation.required}")
		private String languages = "en, sv";

		@NotBlank(message = "{validation.required}")
		private String defaultLanguage = "en";

		List<String> languageList() {
			return Arrays.stream(languages.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

		public String getTemplate() {
			return template;
		}

		public void setTemplate(String template) {
			this.template = template;
		}

		public String getSlug() {
			return slug;
		}

		public void setSlug(String slug) {
			this.slug = slug == null ? null : slug.strip();
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getNumberPrefix() {
			return numberPrefix;
		}

		public void setNumberPrefix(String numberPrefix) {
			this.numberPrefix = numberPrefix == null ? null : numberPrefix.strip();
		}

		public String getLanguages() {
			return languages;
		}

		public void setLanguages(String languages) {
			this.languages = languages;
		}

		public String getDefaultLanguage() {
			return defaultLanguage;
		}

		public void setDefaultLanguage(String defaultLanguage) {
			this.defaultLanguage = defaultLanguage == null ? null : defaultLanguage.strip();
		}
	}

	static class GrantForm {

		@NotBlank(message = "{validation.required}")
		private String username;

		@NotNull(message = "{validation.required}")
		private HubRole role;

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public HubRole getRole() {
			return role;
		}

		public void setRole(HubRole role) {
			this.role = role;
		}
	}
}
