package org.hubdesk.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GcLogTests {

	@Test
	void pausesInTheWindowGiveThePeakAfterCollectionAndTheirTotal(@TempDir Path dir) throws Exception {
		Path log = dir.resolve("gc.log");
		Files.writeString(log, String.join("\n",
				"[2026-11-21T10:00:00.000+0000] Using G1",
				"[2026-11-21T10:00:01.000+0000] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(256M) 3.000ms",
				"[2026-11-21T10:00:02.000+0000] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 120M->81M(256M) 4.500ms",
				"[2026-11-21T10:00:02.500+0000] GC(2) Pause Remark 90M->90M(300M) 1.500ms",
				"[2026-11-21T10:00:03.000+0000] GC(3) Concurrent Mark Cycle 45.000ms",
				"[2026-11-21T10:00:09.000+0000] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 1G->900M(1G) 9.000ms"));
		long from = OffsetDateTime.parse("2026-11-21T10:00:01.500Z").toInstant().toEpochMilli();
		long to = OffsetDateTime.parse("2026-11-21T10:00:05Z").toInstant().toEpochMilli();

		GcLog.Figures figures = GcLog.within(log.toString(), from, to);

		assertThat(figures.pauses()).isEqualTo(2);
		assertThat(figures.pauseMillis()).isEqualTo(6.0);
		assertThat(figures.peakAfterGcMb()).isEqualTo(90);
		assertThat(figures.heapMb()).isEqualTo(300);
	}

	@Test
	void noLogGivesNoFigures() {
		assertThat(GcLog.within("", 0, Long.MAX_VALUE)).isEqualTo(GcLog.Figures.NONE);
	}

}
