package org.hubdesk.directory.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubdesk.directory.AffiliateSize;
import org.hubdesk.directory.AffiliateType;

/** The forms that add directory entries, with what each field must hold. */
final class DirectoryForms {

	static final String URL = "^$|^https?://\\S+$";

	private DirectoryForms() {
	}

	static class AffiliateForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.too-long}")
		private String name;

		@NotNull(message = "{validation.required}")
		private AffiliateType type;

		@NotBlank(message = "{validation.required}")
		private String countryCode;

		/** The region chosen; none means the country's region. */
		private String regionCode;

		@NotNull(message = "{validation.required}")
		private AffiliateSize size;

		@Size(max = 500, message = "{validation.too-long}")
		@Pattern(regexp = URL, message = "{validation.url}")
		private String website;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public AffiliateType getType() {
			return type;
		}

		public void setType(AffiliateType type) {
			this.type = type;
		}

		public String getCountryCode() {
			return countryCode;
		}

		public void setCountryCode(String countryCode) {
			this.countryCode = countryCode;
		}

		public String getRegionCode() {
			return regionCode;
		}

		public void setRegionCode(String regionCode) {
			this.regionCode = regionCode;
		}

		public AffiliateSize getSize() {
			return size;
		}

		public void setSize(AffiliateSize size) {
			this.size = size;
		}

		public String getWebsite() {
			return website;
		}

		public void setWebsite(String website) {
			this.website = website;
		}
	}

	static class ThematicGroupForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.too-long}")
		private String name;

		@Size(max = 2000, message = "{validation.too-long}")
		private String description;

		@Size(max = 500, message = "{validation.too-long}")
		@Pattern(regexp = URL, message = "{validation.url}")
		private String website;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getWebsite() {
			return website;
		}

		public void setWebsite(String website) {
			this.website = website;
		}
	}

	static class InstitutionForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 300, message = "{validation.too-long}")
		private String name;

		@Pattern(regexp = "^$|^Q[1-9][0-9]{0,18}$", message = "{validation.qid}")
		private String wikidataQid;

		private String countryCode;

		@Size(max = 500, message = "{validation.too-long}")
		@Pattern(regexp = URL, message = "{validation.url}")
		private String website;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getWikidataQid() {
			return wikidataQid;
		}

		public void setWikidataQid(String wikidataQid) {
			this.wikidataQid = wikidataQid == null ? null : wikidataQid.strip();
		}

		public String getCountryCode() {
			return countryCode;
		}

		public void setCountryCode(String countryCode) {
			this.countryCode = countryCode;
		}

		public String getWebsite() {
			return website;
		}

		public void setWebsite(String website) {
			this.website = website;
		}
	}
}
