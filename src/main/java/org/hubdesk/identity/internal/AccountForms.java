package org.hubdesk.identity.internal;

import java.util.Collection;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hubdesk.identity.Person;

/** The forms of the account page. */
final class AccountForms {

	private AccountForms() {
	}

	static class ProfileForm {

		@Size(max = 255, message = "{validation.too-long}")
		private String displayName;

		@Email(message = "{validation.email}")
		@Size(max = 320, message = "{validation.too-long}")
		private String email;

		private String language;

		private String timeZone;

		/** The language tags read, as typed: separated by commas or spaces. */
		private String readLanguages;

		/** The country's two-letter code; blank for none (not stated). */
		private String countryCode;

		static ProfileForm of(Person person, Collection<String> readLanguages) {
			ProfileForm form = new ProfileForm();
			form.displayName = person.getDisplayName();
			form.email = person.getEmail();
			form.language = person.getLanguage();
			form.timeZone = person.getTimeZone();
			form.readLanguages = String.join(", ", readLanguages);
			form.countryCode = person.getCountryCode();
			return form;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getLanguage() {
			return language;
		}

		public void setLanguage(String language) {
			this.language = language;
		}

		public String getTimeZone() {
			return timeZone;
		}

		public void setTimeZone(String timeZone) {
			this.timeZone = timeZone;
		}

		public String getReadLanguages() {
			return readLanguages;
		}

		public void setReadLanguages(String readLanguages) {
			this.readLanguages = readLanguages;
		}

		public String getCountryCode() {
			return countryCode;
		}

		public void setCountryCode(String countryCode) {
			this.countryCode = countryCode;
		}
	}

	static class PasswordForm {

		@NotBlank(message = "{validation.required}")
		private String currentPassword;

		@NotBlank(message = "{validation.required}")
		@Size(min = 10, max = 200, message = "{validation.password-length}")
		private String newPassword;

		@NotBlank(message = "{validation.required}")
		private String confirmPassword;

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmPassword() {
			return confirmPassword;
		}

		public void setConfirmPassword(String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}
	}
}
