package org.hubdesk.bench.load;

import java.util.Arrays;
import java.util.List;

/**
 * What a run is told by {@code bench/run} through system properties: where Hubdesk answers, the
 * crowd and the timings, and what the report needs to know about the data and the machine.
 */
record Settings(String base, boolean smoke, int staffUsers, int requesterUsers, int memberUsers, int warmup, int measured,
		double[] rates, int step, int maxNumber, List<Long> needs, String out, String gcLog, String dataset,
		String databaseSize, String indexSize, String database) {

	static Settings read() {
		boolean smoke = "smoke".equals(System.getProperty("bench.mode", "full"));
		return new Settings(System.getProperty("bench.base", "http://127.0.0.1:8089"), smoke,
				integer("bench.staffUsers", smoke ? 5 : 20), integer("bench.requesterUsers", smoke ? 3 : 12),
				integer("bench.memberUsers", smoke ? 2 : 6),
				integer("bench.warmup", smoke ? 2 : 60), integer("bench.measured", smoke ? 8 : 60),
				Arrays.stream(System.getProperty("bench.rates", smoke ? "3,6" : "10,20,30,40,50,60,70,80,90,100")
					.split(",")).mapToDouble(Double::parseDouble).toArray(),
				integer("bench.step", smoke ? 4 : 20), integer("bench.maxNumber", 100),
				Arrays.stream(System.getProperty("bench.needs", "").split(",")).filter(s -> !s.isBlank())
					.map(Long::valueOf).toList(),
				System.getProperty("bench.out", "target/bench"), System.getProperty("bench.gcLog", ""),
				System.getProperty("bench.dataset", ""), System.getProperty("bench.databaseSize", "unknown"),
				System.getProperty("bench.indexSize", "unknown"), System.getProperty("bench.database", "PostgreSQL"));
	}

	private static int integer(String name, int fallback) {
		return Integer.parseInt(System.getProperty(name, Integer.toString(fallback)));
	}

}
