package org.hubdesk.impact.internal.web;

import org.hubdesk.impact.internal.TargetKind;

/** A new target as the form holds it: the depth as typed, so that a wrong one comes back as it was. */
public class TargetForm {

	private TargetKind kind = TargetKind.COMMONS_CATEGORY;
	private String title;
	private String depth = "0";
	private String items;
	private boolean withPageViews;

	public TargetKind getKind() {
		return kind;
	}

	public void setKind(TargetKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDepth() {
		return depth;
	}

	public void setDepth(String depth) {
		this.depth = depth;
	}

	public String getItems() {
		return items;
	}

	public void setItems(String items) {
		this.items = items;
	}

	public boolean isWithPageViews() {
		return withPageViews;
	}

	public void setWithPageViews(boolean withPageViews) {
		this.withPageViews = withPageViews;
	}
}
