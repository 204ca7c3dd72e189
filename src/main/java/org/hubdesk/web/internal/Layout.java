package org.hubdesk.web.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubNavigation;
import org.hubdesk.hub.HubScope;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.Languages;
import org.hubdesk.identity.Person;
import org.hubdesk.notification.Notifications;
import org.hubdesk.web.WebProperties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the page layout shows around every page, read by the templates as {@code @layout}: who is
 * signed in, the hub the page belongs to, the navigation for the viewer's roles, the language
 * switcher, the writing direction, and times in the viewer's time zone. Computed once per request.
 */
@Component("layout")
class Layout {

	private final Viewer viewer;
	private final HubScope scope;
	private final List<HubNavigation> contributions;
	private final Languages languages;
	private final Notifications notifications;
	private final ZoneId defaultZone;

	Layout(Viewer viewer, HubScope scope, List<HubNavigation> contributions, Languages languages,
			Notifications notifications, WebProperties properties) {
		this.viewer = viewer;
		this.scope = scope;
		this.contributions = List.copyOf(contributions);
		this.languages = languages;
		this.notifications = notifications;
		this.defaultZone = ZoneId.of(properties.defaultTimeZone());
	}

	/**
	 * Everything the layout shows, gathered once, so the template reads plain values (Thymeleaf
	 * refuses bean calls in attributes such as {@code lang}, {@code dir} and {@code href}).
	 */
	public Page page() {
		Locale locale = LocaleContextHolder.getLocale();
		Person viewer = viewer();
		int unread = viewer == null ? 0 : notifications.unreadUpTo(viewer.getId(), BADGE_MAX);
		return new Page(locale.toLanguageTag(), Languages.direction(locale), hub(), viewer, navigation(),
				languages(), currentPath(), unread);
	}

	/** The most unread notifications the badge counts; past it, it says "99+". */
	static final int BADGE_MAX = 99;

	/**
	 * What the layout shows around a page.
	 *
	 * @param unreadNotifications the unread notifications, counted up to {@link #BADGE_MAX} (one more means more)
	 */
	public record Page(String lang, String dir, Hub hub, Person viewer, List<NavItem> navigation,
			List<Locale> languages, String currentPath, int unreadNotifications) {

		/** Whether there are more unread notifications than the badge counts. */
		public boolean manyUnread() {
			return unreadNotifications > BADGE_MAX;
		}
	}

	/** The signed-in person, or null for a visitor. */
	public Person viewer() {
		return request().map(viewer::of).orElse(null);
	}

	/** The hub the current page belongs to, or null. */
	public Hub hub() {
		return request().flatMap(scope::current).orElse(null);
	}

	/**
	 * The navigation links for the viewer on this page: on a hub's pages every module's entries for
	 * the viewer's roles in it (see {@link HubNavigation}), then the installation's own.
	 */
	public List<NavItem> navigation() {
		List<NavItem> items = new ArrayList<>();
		Hub hub = hub();
		Person viewer = viewer();
		if (hub != null) {
			HubViewer hubViewer = scope.viewer(request().orElseThrow());
			contributions.stream()
				.flatMap(c -> c.entries(hubViewer).stream())
				.sorted(Comparator.comparingInt(HubNavigation.Entry::order))
				.forEach(e -> items.add(new NavItem(e.labelKey(), e.path())));
		}
		else {
			items.add(new NavItem("nav.hubs", "/"));
		}
		items.add(new NavItem("nav.directory", "/directory"));
		if (viewer != null) {
			items.add(new NavItem("nav.account", "/account"));
			if (viewer.isInstanceAdmin()) {
				items.add(new NavItem("nav.admin", hub == null ? "/admin" : "/admin/hubs/" + hub.getSlug()));
			}
		}
		return items;
	}

	/** A link in the navigation: its label's message key and its path. */
	public record NavItem(String labelKey, String path) {
	}

	public List<Locale> languages() {
		return languages.shipped();
	}

	/** A language's name in that language, for the switcher ("English", "svenska"). */
	public String languageName(Locale locale) {
		return locale.getDisplayLanguage(locale);
	}

	/** A language's name, by its tag, in the viewer's language ("svenska" is "Swedish" to an English reader). */
	public String languageOf(String tag) {
		Locale viewer = LocaleContextHolder.getLocale();
		String name = Locale.forLanguageTag(tag).getDisplayLanguage(viewer);
		return name.isEmpty() ? tag : name;
	}

	public String direction() {
		return Languages.direction(LocaleContextHolder.getLocale());
	}

	/** The current path and query without {@code uselang}, for the switcher to return to. */
	public String currentPath() {
		return request().map(r -> {
			String path = r.getRequestURI().substring(r.getContextPath().length());
			Object errorUri = r.getAttribute("jakarta.servlet.error.request_uri");
			if (errorUri instanceof String uri) {
				path = uri.substring(r.getContextPath().length());
			}
			String query = r.getQueryString() == null ? "" : Arrays.stream(r.getQueryString().split("&"))
				.filter(p -> !p.startsWith(HubdeskLocaleResolver.USELANG + "="))
				.collect(Collectors.joining("&"));
			return query.isEmpty() ? path : path + "?" + query;
		}).orElse("/");
	}

	/** The viewer's time zone: their own, else the installation's default. */
	public ZoneId zone() {
		Person viewer = viewer();
		if (viewer != null && viewer.getTimeZone() != null) {
			try {
				return ZoneId.of(viewer.getTimeZone());
			}
			catch (RuntimeException ex) {
				return defaultZone;
			}
		}
		return defaultZone;
	}

	/** A moment as date and time in the viewer's zone and language, with the zone's short name. */
	public String time(Instant instant) {
		return instant == null ? "" : formats().time(instant);
	}

	/** A moment as a date in the viewer's zone and language. */
	public String date(Instant instant) {
		return instant == null ? "" : formats().date.format(instant);
	}

	/** The formats of the viewer's zone and language, made once per page (a page shows many moments). */
	private Formats formats() {
		Optional<HttpServletRequest> request = request();
		if (request.isPresent() && request.get().getAttribute(FORMATS) instanceof Formats known) {
			return known;
		}
		Locale locale = LocaleContextHolder.getLocale();
		ZoneId zone = zone();
		Formats formats = new Formats(
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
					.withZone(zone),
				DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone),
				zone.getDisplayName(TextStyle.SHORT, locale));
		request.ifPresent(r -> r.setAttribute(FORMATS, formats));
		return formats;
	}

	private static final String FORMATS = Layout.class.getName() + ".formats";

	private record Formats(DateTimeFormatter dateTime, DateTimeFormatter date, String zoneName) {

		String time(Instant instant) {
			return dateTime.format(instant) + " " + zoneName;
		}
	}

	private static Optional<HttpServletRequest> request() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return Optional.of(servlet.getRequest());
		}
		return Optional.empty();
	}
}
