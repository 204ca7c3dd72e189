package org.hubdesk.committee.internal;

import java.util.Locale;

import org.hubdesk.hub.Hub;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The replies that go with decisions: the chair's wording per outcome and language, else the shipped one. */
@Service
@Transactional(readOnly = true)
public class Replies {

	private final ReplyTemplateRepository templates;
	private final MessageSource messages;

	Replies(ReplyTemplateRepository templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	/** The wording for the outcome in the language: the chair's, else the shipped one. */
	public String wording(Hub hub, Outcome outcome, String language) {
		return templates.findById(new ReplyTemplate.Key(hub.getId(), outcome.name(), language))
			.map(ReplyTemplate::getBody)
			.orElseGet(() -> messages.getMessage("committee.reply." + outcome.name(), null, Locale.forLanguageTag(language)));
	}

	/** The chair rewords the reply for an outcome in one of the hub's languages. */
	@Transactional
	public void reword(Hub hub, Outcome outcome, String language, String body) {
		String text = Inputs.required("body", body, ReplyTemplate.BODY_MAX);
		ReplyTemplate.Key key = new ReplyTemplate.Key(hub.getId(), outcome.name(), language);
		ReplyTemplate template = templates.findById(key).orElseGet(() -> new ReplyTemplate(hub.getId(), outcome,
				language, text));
		template.reword(text);
		templates.save(template);
	}

	/** The reply to send: the wording with the request's title and the decision's reasons filled in. */
	public String reply(Hub hub, Outcome outcome, String language, String title, String reasons) {
		return wording(hub, outcome, language).replace("{title}", title == null ? "" : title)
			.replace("{reasons}", reasons);
	}
}
