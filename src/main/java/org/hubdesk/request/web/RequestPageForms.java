package org.hubdesk.request.web;

import jakarta.validation.constraints.Size;

import org.hubdesk.request.RequestState;
import org.hubdesk.request.Resolution;

/**
 * The forms of a request's page. Each carries the version of the request it was loaded with, so a
 * change made meanwhile by someone else is noticed instead of overwritten.
 */
final class RequestPageForms {

	private RequestPageForms() {
	}

	abstract static class Versioned {

		private Long version;

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		long expected() {
			return version == null ? -1 : version;
		}
	}

	/** A reply, or for staff an internal note. */
	static class ReplyForm extends Versioned {

		@Size(max = 20000, message = "{validation.too-long}")
		private String body;

		private String visibility = "public";

		boolean internal() {
			return "internal".equals(visibility);
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public String getVisibility() {
			return visibility;
		}

		public void setVisibility(String visibility) {
			this.visibility = visibility;
		}
	}

	/** The requester withdraws, with an optional reason. */
	static class WithdrawForm extends Versioned {

		@Size(max = 5000, message = "{validation.too-long}")
		private String reason;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	/** Staff move the request on, with a reason; closing from triage says how, and which original a duplicate has. */
	static class TransitionForm extends Versioned {

		private RequestState to;

		@Size(max = 5000, message = "{validation.too-long}")
		private String reason;

		private Resolution resolution;

		private Integer mergedInto;

		public RequestState getTo() {
			return to;
		}

		public void setTo(RequestState to) {
			this.to = to;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public Resolution getResolution() {
			return resolution;
		}

		public void setResolution(Resolution resolution) {
			this.resolution = resolution;
		}

		public Integer getMergedInto() {
			return mergedInto;
		}

		public void setMergedInto(Integer mergedInto) {
			this.mergedInto = mergedInto;
		}
	}

	/** Staff assign the request to one of the hub's staff, or to nobody. */
	static class AssignForm extends Versioned {

		private Long assignee;

		public Long getAssignee() {
			return assignee;
		}

		public void setAssignee(Long assignee) {
			this.assignee = assignee;
		}
	}
}
