package org.hubdesk.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a run measured: processor, cores, memory, system and Java. */
final class Machine {

	private Machine() {
	}

	static String cpu() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static int cores() {
		return Runtime.getRuntime().availableProcessors();
	}

	static double memoryGib() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
				.map(l -> l.replaceAll("[^0-9]", "")).mapToDouble(kb -> Double.parseDouble(kb) / 1024 / 1024)
				.findFirst().orElse(0);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	static String os() {
		return System.getProperty("os.name") + " " + System.getProperty("os.version");
	}

	static String java() {
		return System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
	}

	static String describe() {
		return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB, %s, %s (shared by the application, the database and the load test)",
				cpu(), cores(), memoryGib(), os(), java());
	}

}
