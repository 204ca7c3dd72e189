package org.hubdesk.committee.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.hubdesk.committee.internal.Outcome;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the committee's pages: each comes back with what was typed when it is refused. */
public final class CommitteeForms {

	private CommitteeForms() {
	}

	/** A member's scores: a score and a comment per criterion id, and the review's version they saw. */
	public static class ScoreForm {

		private Map<Long, Integer> score = new HashMap<>();
		private Map<Long, String> comment = new HashMap<>();
		private Long version;

		public Map<Long, Integer> getScore() {
			return score;
		}

		public void setScore(Map<Long, Integer> score) {
			this.score = score;
		}

		public Map<Long, String> getComment() {
			return comment;
		}

		public void setComment(Map<Long, String> comment) {
			this.comment = comment;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}
	}

	/** A reason: a declared conflict, or the chair's ruling on one. */
	public static class ReasonForm {

		private String reason;
		private boolean holds = true;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public boolean isHolds() {
			return holds;
		}

		public void setHolds(boolean holds) {
			this.holds = holds;
		}
	}

	/** A word in the discussion. */
	public static class CommentForm {

		private String body;

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}
	}

	/** A member's vote, with a reason. */
	public static class VoteForm {

		private Outcome choice;
		private String reason;

		public Outcome getChoice() {
			return choice;
		}

		public void setChoice(Outcome choice) {
			this.choice = choice;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	/** The chair's decision, with the request's version they saw. */
	public static class DecisionForm {

		private Outcome outcome;
		private String reasons;
		private String publicSummary;
		private boolean consensus;
		private Long version;

		public Outcome getOutcome() {
			return outcome;
		}

		public void setOutcome(Outcome outcome) {
			this.outcome = outcome;
		}

		public String getReasons() {
			return reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

		public String getPublicSummary() {
			return publicSummary;
		}

		public void setPublicSummary(String publicSummary) {
			this.publicSummary = publicSummary;
		}

		public boolean isConsensus() {
			return consensus;
		}

		public void setConsensus(boolean consensus) {
			this.consensus = consensus;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}
	}

	/** A meeting the chair schedules: a day and a time in their own time zone, a length, a link. */
	public static class MeetingForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate day;
		@DateTimeFormat(pattern = "HH:mm")
		private LocalTime time = LocalTime.of(15, 0);
		private Integer minutes = 90;
		private String videoLink;

		public LocalDate getDay() {
			return day;
		}

		public void setDay(LocalDate day) {
			this.day = day;
		}

		public LocalTime getTime() {
			return time;
		}

		public void setTime(LocalTime time) {
			this.time = time;
		}

		public Integer getMinutes() {
			return minutes;
		}

		public void setMinutes(Integer minutes) {
			this.minutes = minutes;
		}

		public String getVideoLink() {
			return videoLink;
		}

		public void setVideoLink(String videoLink) {
			this.videoLink = videoLink;
		}
	}
}
