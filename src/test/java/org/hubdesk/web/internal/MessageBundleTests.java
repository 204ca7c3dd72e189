package org.hubdesk.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles stay complete and translated, and templates show messages, not literal text.
 */
class MessageBundleTests {

	/** Messages that are the same in Swedish and English: names and codes. */
	private static final Set<String> SAME_IN_BOTH = Set.of("app.name", "role.EXPERT", "committee.ranking.dimension.REGION", "admin.title", "nav.admin",
			"directory.field.region", "directory.affiliate.facts", "directory.regions", "desk.filter.region",
			"desk.filter.state", "canned.field.body", "request.platform.COMMONS", "request.platform.WIKIPEDIA",
			"request.platform.WIKIDATA", "request.platform.WIKISOURCE", "request.attachment.facts",
			"search.kind.count", "layout.notifications.many");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	/** Bundles of modules that only tests contribute (on the test class path, so read as well). */
	private static final Path TEST_BUNDLES = Path.of("src/test/resources/i18n");

	@Test
	void everyKeyExistsInEveryShippedLanguage() throws IOException {
		List<String> modules = modules();
		assertThat(modules).as("module bundles").contains("web", "hub", "request", "identity", "directory");
		for (String module : modules) {
			Properties en = bundle(module, "");
			Properties sv = bundle(module, "_sv");
			assertThat(sv.stringPropertyNames()).as("keys of %s missing in Swedish", module)
				.containsAll(en.stringPropertyNames());
			assertThat(en.stringPropertyNames()).as("keys of %s missing in English", module)
				.containsAll(sv.stringPropertyNames());
		}
	}

	@Test
	void eachKeyBelongsToOneModule() throws IOException {
		Map<String, String> owner = new HashMap<>();
		List<String> twice = new ArrayList<>();
		for (String module : modules()) {
			for (String key : bundle(module, "").stringPropertyNames()) {
				String other = owner.putIfAbsent(key, module);
				if (other != null) {
					twice.add(key + " in " + other + " and " + module);
				}
			}
		}
		assertThat(twice).as("keys in two modules' bundles").isEmpty();
	}

	@Test
	void theApplicationReadsEveryModulesBundle() throws IOException {
		List<String> all = Stream.concat(modules().stream(), modules(TEST_BUNDLES).stream()).distinct().sorted().toList();
		assertThat(MessageBundles.basenames())
			.containsExactlyElementsOf(all.stream().map(m -> "classpath:i18n/" + m + "/messages").toList());
	}

	@Test
	void swedishMessagesAreTranslatedNotCopied() throws IOException {
		Properties en = bundle("");
		Properties sv = bundle("_sv");
		List<String> copied = en.stringPropertyNames().stream()
			.filter(key -> !SAME_IN_BOTH.contains(key))
			.filter(key -> en.getProperty(key).equals(sv.getProperty(key)))
			.sorted()
			.toList();
		assertThat(copied).as("Swedish messages that are the English text").isEmpty();
	}

	@Test
	void messagesWithArgumentsShowTheirArguments() throws IOException {
		Pattern argument = Pattern.compile("\\{\\d");
		List<String> unfilled = new ArrayList<>();
		for (String suffix : List.of("", "_sv")) {
			Properties messages = bundle(suffix);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				if (argument.matcher(message).find()) {
					String shown = new MessageFormat(message, Locale.ENGLISH)
						.format(new Object[] {5, 5, 5, 5, 5, 5});
					if (argument.matcher(shown).find()) {
						unfilled.add(key + suffix + ": " + shown);
					}
				}
			}
		}
		assertThat(unfilled).as("messages whose arguments a quote hides (write '' for an apostrophe)").isEmpty();
	}

	@Test
	void templatesShowNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		Pattern textNode = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
		Pattern literalAttribute = Pattern.compile("\\s(?:placeholder|title|alt|aria-label|value)=\"([^\"]*\\p{L}[^\"]*)\"");
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher text = textNode.matcher(html);
			while (text.find()) {
				literals.add(TEMPLATES.relativize(template) + ": " + text.group(1).strip());
			}
			Matcher attribute = literalAttribute.matcher(html);
			while (attribute.find()) {
				if (!attribute.group(1).matches("[a-z-]+|\\$\\{.*|#\\{.*")) {
					literals.add(TEMPLATES.relativize(template) + ": " + attribute.group(0).strip());
				}
			}
		}
		assertThat(literals).as("literal text in templates").isEmpty();
	}

	@Test
	void everyMessageKeyATemplateUsesExists() throws IOException {
		Properties en = bundle("");
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher m = key.matcher(Files.readString(template));
			while (m.find()) {
				if (!en.containsKey(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used by templates but not in the bundle").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** The modules that ship a bundle, by their folder under {@code i18n/}. */
	private static List<String> modules() throws IOException {
		return modules(BUNDLES);
	}

	private static List<String> modules(Path bundles) throws IOException {
		if (!Files.isDirectory(bundles)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(bundles)) {
			return folders.filter(f -> Files.exists(f.resolve("messages.properties")))
				.map(f -> f.getFileName().toString())
				.sorted()
				.toList();
		}
	}

	/** Every module's messages in one language, as the application reads them together. */
	private static Properties bundle(String suffix) throws IOException {
		Properties all = new Properties();
		for (String module : modules()) {
			all.putAll(bundle(module, suffix));
		}
		return all;
	}

	private static Properties bundle(String module, String suffix) throws IOException {
		Properties properties = new Properties();
		String name = "/i18n/" + module + "/messages" + suffix + ".properties";
		try (InputStream in = MessageBundleTests.class.getResourceAsStream(name)) {
			assertThat(in).as("bundle %s", name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
