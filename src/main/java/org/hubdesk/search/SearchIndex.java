package org.hubdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the index whole: it follows every commit by itself; on start it is rebuilt from the database
 * when it is missing, when its mapping changed (a new {@link #MAPPING_VERSION}), or when asked with
 * {@code --hubdesk.search.reindex=true}; and an administrator can rebuild it at any time.
 */
@Component
public class SearchIndex {

	/** Raise when the mapping changes, so existing indexes are rebuilt. */
	static final String MAPPING_VERSION = "1";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory entityManagerFactory;
	private final Path marker;
	private final boolean reindexOnStart;

	SearchIndex(EntityManagerFactory entityManagerFactory, @Value("${hubdesk.data-dir}") String dataDir,
			@Value("${hubdesk.search.reindex:false}") boolean reindexOnStart) {
		this.entityManagerFactory = entityManagerFactory;
		this.marker = Path.of(dataDir).toAbsolutePath().resolve("search").resolve("mapping-version");
		this.reindexOnStart = reindexOnStart;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	public void onStart() {
		String stored = readMarker();
		if (reindexOnStart || !MAPPING_VERSION.equals(stored)) {
			log.info("Rebuilding the search index ({})", stored == null ? "no index yet" : "mapping changed or asked");
			rebuild();
		}
	}

	/** Drops the index and builds it again from the database; returns when it is done. */
	public void rebuild() {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		mapping.scope(Object.class).schemaManager().dropAndCreate();
		try {
			mapping.scope(Object.class).massIndexer().threadsToLoadObjects(2).startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		writeMarker();
	}

	private String readMarker() {
		try {
			return Files.exists(marker) ? Files.readString(marker).strip() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private void writeMarker() {
		try {
			Files.createDirectories(marker.getParent());
			Files.writeString(marker, MAPPING_VERSION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
