package org.hubdesk.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hubdesk.identity.SignInProperties;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per client address and account, and per client address alone, and says
 * when an address must wait before it tries again. The account itself is never locked: whoever
 * guesses from one address stops only that address, and the owner still signs in from theirs.
 * Unknown usernames are counted like known ones, so the answers tell nothing about which exist. An
 * IPv6 address counts by its /64 network (what one client usually holds). The counts are kept in
 * this node's memory and forgotten when their window ends.
 */
@Component
class SignInThrottle {

	/** How many counts are kept before the ended ones are cleared out. */
	static final int PRUNE_ABOVE = 10_000;

	private final SignInProperties settings;
	private final Clock clock;
	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	/** The number of counts above which the ended ones are cleared out next (twice what a clearing left). */
	private volatile int pruneAbove = PRUNE_ABOVE;

	SignInThrottle(SignInProperties settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether this address must wait before it tries this account (or any account) again. */
	boolean throttled(String address, String username) {
		long now = clock.millis();
		return blocked(accountKey(address, username), now) || blocked(addressKey(address), now);
	}

	/** Counts a wrong password (or an unknown username) tried from this address. */
	void failed(String address, String username) {
		long now = clock.millis();
		if (windows.size() > pruneAbove) {
			windows.values().removeIf(w -> w.ended(now));
			pruneAbove = Math.max(PRUNE_ABOVE, 2 * windows.size());
		}
		long lockout = settings.lockout().toMillis();
		windows.compute(accountKey(address, username),
				(key, w) -> Window.count(w, now, lockout, settings.maxFailures()));
		windows.compute(addressKey(address), (key, w) -> Window.count(w, now, lockout, settings.maxFailuresPerAddress()));
	}

	/** A right password from this address: its earlier failures for the account are forgiven. */
	void succeeded(String address, String username) {
		windows.remove(accountKey(address, username));
	}

	/** How many counts are kept now. */
	int size() {
		return windows.size();
	}

	private boolean blocked(String key, long now) {
		Window window = windows.get(key);
		return window != null && window.blockedUntil() > now;
	}

	private static String accountKey(String address, String username) {
		String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return client(address) + " " + account;
	}

	private static String addressKey(String address) {
		return client(address);
	}

	/** The client an address stands for: an IPv4 address, or an IPv6 address's /64 network. */
	static String client(String address) {
		if (address == null || address.isBlank()) {
			return "?";
		}
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			// a literal (it has a colon), so no name is looked up
			byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]").getAddress();
			if (bytes.length != 16) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			StringBuilder network = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
			}
			return network.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	/** Failures in the window that started at {@code start}; blocked until {@code blockedUntil}. */
	record Window(int failures, long start, long blockedUntil, long lockout) {

		static Window count(Window w, long now, long lockout, int limit) {
			if (w == null || (now - w.start() >= lockout && w.blockedUntil() <= now)) {
				w = new Window(0, now, 0, lockout);
			}
			int failures = w.failures() + 1;
			if (failures >= limit) {
				return new Window(0, now, now + lockout, lockout);
			}
			return new Window(failures, w.start(), w.blockedUntil(), lockout);
		}

		boolean ended(long now) {
			return blockedUntil <= now && now - start >= lockout;
		}
	}
}
