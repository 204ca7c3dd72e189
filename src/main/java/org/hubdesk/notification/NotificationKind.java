package org.hubdesk.notification;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * A kind of notification, contributed as a bean by the module that sends notifications of it. The
 * kind's key is stored with each notification; the kind words it when it is shown (or mailed), from
 * the facts stored with it and the owning module's messages, in the reader's language.
 */
public interface NotificationKind {

	/**
	 * The key stored with each notification of this kind: the owning module's name, a dot and a
	 * name, e.g. {@code request.reply}. It never changes once notifications of it are stored.
	 */
	String key();

	/**
	 * The notification's text in the language.
	 * @param facts what the notification was sent with, by name
	 * @param messages every module's messages
	 * @param locale the reader's language
	 */
	String word(Map<String, String> facts, MessageSource messages, Locale locale);
}
