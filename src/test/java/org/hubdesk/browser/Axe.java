package org.hubdesk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core, from the project's node_modules, run in a page. The page's Content-Security-Policy
 * refuses injected inline scripts, so use it in a context created with {@code setBypassCSP(true)}.
 */
final class Axe {

	private static final String SCRIPT = "axe-core/axe.min.js";

	/** Runs axe and describes each serious or critical violation: rule, impact, help and elements. */
	private static final String RUN = """
			async () => {
			  const results = await axe.run(document, { resultTypes: ['violations'] });
			  return results.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.help + '\\n      '
			      + v.nodes.map(n => n.target.join(' ') + '  ' + n.html).join('\\n      '));
			}""";

	private static String script;

	private Axe() {
	}

	@SuppressWarnings("unchecked")
	static List<String> seriousViolations(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
		return (List<String>) page.evaluate(RUN);
	}

	private static synchronized String script() {
		if (script == null) {
			Path nodeModules = Path.of(System.getProperty("hubdesk.test.node-modules", "node_modules"));
			Path file = nodeModules.resolve(SCRIPT);
			try {
				script = Files.readString(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("axe-core not found at " + file.toAbsolutePath() + " (run npm ci)", ex);
			}
		}
		return script;
	}
}
