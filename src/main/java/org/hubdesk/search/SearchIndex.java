package org.hubdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the index whole. It follows every commit by itself: a change is searchable when the
 * request that made it returns, and written to disk within a second (Hibernate Search's commit
 * interval), so a reply does not wait for the disk.
 *
 * <p>On start the index is rebuilt from the database when it is missing, when its mapping changed
 * (a new {@link #MAPPING_VERSION}), or when asked with {@code --hubdesk.search.reindex=true}; an
 * administrator can rebuild it at any time. While Hubdesk runs, a checkpoint file records every
 * half minute the instant up to which the index is on disk; a clean stop removes it. When a start
 * finds it (the last run ended without stopping), the requests changed and the messages written
 * since that instant are indexed again, with the people and the directory.
 */
@Component
public class SearchIndex {

	/** Raise when the mapping changes, so existing indexes are rebuilt. */
	static final String MAPPING_VERSION = "1";

	/** How often the checkpoint is written. */
	static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory entityManagerFactory;
	private final Path marker;
	private final Path checkpoint;
	private final boolean reindexOnStart;
	private final Clock clock;
	private ScheduledExecutorService checkpoints;

	SearchIndex(EntityManagerFactory entityManagerFactory, @Value("${hubdesk.data-dir}") String dataDir,
			@Value("${hubdesk.search.reindex:false}") boolean reindexOnStart, Clock clock) {
		this.entityManagerFactory = entityManagerFactory;
		Path folder = Path.of(dataDir).toAbsolutePath().resolve("search");
		this.marker = folder.resolve("mapping-version");
		this.checkpoint = folder.resolve("checkpoint");
		this.reindexOnStart = reindexOnStart;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	public void onStart() {
		String stored = read(marker);
		if (reindexOnStart || !MAPPING_VERSION.equals(stored)) {
			log.info("Rebuilding the search index ({})", stored == null ? "no index yet" : "mapping changed or asked");
			rebuild();
		}
		else {
			Instant safe = lastCheckpoint();
			if (safe != null) {
				// a minute's margin for transactions that took their time stamp before the checkpoint and
				// reached the index after it
				Instant since = safe.minus(Duration.ofMinutes(1));
				log.info("The last run did not stop cleanly: indexing again what changed since {}", since);
				catchUp(since);
			}
		}
		checkpoint();
		checkpoints = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "search-checkpoint");
			thread.setDaemon(true);
			return thread;
		});
		checkpoints.scheduleWithFixedDelay(this::checkpointQuietly, CHECKPOINT_EVERY.toSeconds(),
				CHECKPOINT_EVERY.toSeconds(), TimeUnit.SECONDS);
	}

	/** Drops the index and builds it again from the database; returns when it is done. */
	public void rebuild() {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		mapping.scope(Object.class).schemaManager().dropAndCreate();
		start(mapping.scope(Object.class).massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(50));
		write(marker, MAPPING_VERSION);
	}

	/**
	 * Indexes again, without clearing the index, the requests updated and the messages written
	 * since the instant, and every person, affiliate and thematic group.
	 */
	void catchUp(Instant since) {
		MassIndexer indexer = Search.mapping(entityManagerFactory).scope(Object.class).massIndexer()
			.purgeAllOnStart(false)
			.dropAndCreateSchemaOnStart(false)
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(50);
		indexer.type(HelpRequest.class).reindexOnly("e.updatedAt >= :since").param("since", since);
		indexer.type(RequestMessage.class).reindexOnly("e.createdAt >= :since").param("since", since);
		start(indexer);
	}

	/** Writes what the index holds to disk, then records that everything before now is there. */
	void checkpoint() {
		Instant now = clock.instant();
		Search.mapping(entityManagerFactory).scope(Object.class).workspace().flush();
		write(checkpoint, now.toString());
	}

	/** The instant of the checkpoint a run left behind, or null after a clean stop. */
	Instant lastCheckpoint() {
		String text = read(checkpoint);
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return Instant.EPOCH;
		}
	}

	@PreDestroy
	void stop() {
		if (checkpoints == null) {
			return;
		}
		checkpoints.shutdownNow();
		try {
			Search.mapping(entityManagerFactory).scope(Object.class).workspace().flush();
			Files.deleteIfExists(checkpoint);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The search index could not be closed cleanly; the next start catches up", ex);
		}
	}

	private void checkpointQuietly() {
		try {
			checkpoint();
		}
		catch (RuntimeException ex) {
			log.warn("Search index checkpoint failed", ex);
		}
	}

	private static void start(MassIndexer indexer) {
		try {
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while indexing", ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file).strip() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
