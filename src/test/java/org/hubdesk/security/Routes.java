package org.hubdesk.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The routes the application maps, read from its own handler mappings (so that a route is known the
 * day it lands), as "METHOD /pattern" with the variables' regular expressions left out, and their
 * paths filled in with the values of {@link MatrixFixtures}. Both the authorization matrix and the
 * fuzz pass walk them.
 */
final class Routes {

	static final Pattern VARIABLE = Pattern.compile("\\{\\*?(\\w+)(?::[^}]*)?}");

	private Routes() {
	}

	/** Every mapped route as "METHOD /pattern"; a mapping without methods counts as GET and POST. */
	static Set<String> of(ApplicationContext context) {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> names = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach((RequestMethod m) -> names.add(m.name()));
				if (names.isEmpty()) {
					names.addAll(List.of("GET", "POST"));
				}
				for (String pattern : info.getPatternValues()) {
					String plain = VARIABLE.matcher(pattern).replaceAll("{$1}");
					names.stream().filter(m -> !"HEAD".equals(m) && !"OPTIONS".equals(m))
						.forEach(m -> routes.add(m + " " + plain));
				}
			}
		}
		return routes;
	}

	static String method(String route) {
		return route.substring(0, route.indexOf(' '));
	}

	static String pattern(String route) {
		return route.substring(route.indexOf(' ') + 1);
	}

	/** The names of the route's path variables, in order. */
	static List<String> variables(String route) {
		return VARIABLE.matcher(pattern(route)).results().map(m -> m.group(1)).toList();
	}

	/** The route's path with each variable given the fixtures' value, or null where they have none. */
	static String fill(String route, MatrixFixtures fixtures) {
		return fill(route, fixtures, null, null);
	}

	/** The route's path with the named variable set to {@code value} and the others the fixtures' values. */
	static String fill(String route, MatrixFixtures fixtures, String variable, String value) {
		String pattern = pattern(route);
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String before = pattern.substring(0, variables.start());
			String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
			String filled = variables.group(1).equals(variable) ? value
					: fixtures.value(variables.group(1), segment, pattern);
			if (filled == null) {
				return null;
			}
			variables.appendReplacement(path, Matcher.quoteReplacement(filled));
		}
		variables.appendTail(path);
		// a catch-all pattern (the health groups) is called with the group that is there
		return path.toString().replace("/**", "/" + fixtures.value("path", "", pattern));
	}

	/** The route of the set that a method and a path (without its query) call, or null. */
	static String routeOf(Set<String> routes, String method, String path) {
		String bare = path.replaceFirst("[?#].*", "");
		String match = null;
		for (String route : routes) {
			if (method(route).equals(method)
					&& bare.matches(Pattern.quote(pattern(route)).replaceAll("\\{\\w+}", "\\\\E[^/]+\\\\Q"))) {
				// a literal segment beats a variable: the route with the fewest variables wins
				if (match == null || variables(route).size() < variables(match).size()) {
					match = route;
				}
			}
		}
		return match;
	}
}
