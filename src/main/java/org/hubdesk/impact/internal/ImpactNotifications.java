package org.hubdesk.impact.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.hub.Hubs;
import org.hubdesk.notification.NotificationKind;
import org.hubdesk.notification.Notifications;
import org.hubdesk.request.Requests;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What usefulness on the platforms tells the person who added a target: its first figures are in
 * (a large category takes a while), or a reading of it failed (the figures before it are kept). Worded
 * in the reader's language from the request's reference and the target's title.
 */
@Configuration(proxyBeanMethods = false)
class ImpactNotifications {

	/** A target's first snapshot: facts {@code reference}, {@code target}. */
	static final NotificationKind FIRST_READ = kind("impact.first-read", "impact.notification.firstRead");

	/** A reading that failed: facts {@code reference}, {@code target}. */
	static final NotificationKind FAILED = kind("impact.failed", "impact.notification.failed");

	@Bean
	NotificationKind impactFirstReadNotification() {
		return FIRST_READ;
	}

	@Bean
	NotificationKind impactFailedNotification() {
		return FAILED;
	}

	@Bean
	Notifier impactNotifier(Notifications notifications, Requests requests, Hubs hubs) {
		return (kind, target) -> {
			if (target.getCreatedBy() == null) {
				return;
			}
			requests.byId(target.getRequestId()).ifPresent(request -> hubs.byId(request.getHubId()).ifPresent(hub -> {
				String reference = request.reference(hub.getNumberPrefix());
				notifications.send(kind, hub, Map.of("reference", reference, "target", target.getTitle()),
						"/hubs/" + hub.getSlug() + "/requests/" + request.getNumber() + "/impact",
						List.of(target.getCreatedBy()));
			}));
		};
	}

	/** Tells the target's creator something of it. */
	@FunctionalInterface
	interface Notifier {

		void tell(NotificationKind kind, ImpactTarget target);
	}

	private static NotificationKind kind(String key, String message) {
		return new NotificationKind() {

			@Override
			public String key() {
				return key;
			}

			@Override
			public String word(Map<String, String> facts, MessageSource messages, Locale locale) {
				return messages.getMessage(message,
						new Object[] { facts.getOrDefault("reference", ""), facts.getOrDefault("target", "") }, locale);
			}
		};
	}
}
