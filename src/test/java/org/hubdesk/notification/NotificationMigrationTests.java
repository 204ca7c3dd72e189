package org.hubdesk.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications stored before kinds were generic keep reading: renamed kinds, their facts kept. */
class NotificationMigrationTests {

	private static final String BEFORE = "202611211050";

	@Test
	void storedNotificationsGetTheNewKeysAndTheirFacts() {
		DataSource db = new DriverManagerDataSource(
				"jdbc:h2:mem:notification-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		migrate(db, BEFORE);
		JdbcTemplate jdbc = new JdbcTemplate(db);
		jdbc.execute("set referential_integrity false");
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("insert into notification (id, person_id, hub_id, request_id, kind, reference, title, detail, link,"
				+ " created_at, read_at) values (1, 1, 1, 1, 'STATUS_CHANGED', 'CP-7', 'Maps', 'WAITING_FOR_REQUESTER',"
				+ " '/hubs/cp/requests/7', ?, null)", now);
		jdbc.update("insert into notification (id, person_id, hub_id, request_id, kind, reference, title, detail, link,"
				+ " created_at, read_at) values (2, 2, 1, 1, 'NEW_REQUEST', 'CP-7', 'Maps', null,"
				+ " '/hubs/cp/requests/7', ?, ?)", now, now);
		jdbc.execute("set referential_integrity true");

		migrate(db, null);

		assertThat(jdbc.queryForList("select kind from notification order by id", String.class))
			.containsExactly("request.status-changed", "request.new-request");
		assertThat(facts(jdbc, 1))
			.isEqualTo(Map.of("reference", "CP-7", "title", "Maps", "state", "WAITING_FOR_REQUESTER"));
		assertThat(facts(jdbc, 2)).isEqualTo(Map.of("reference", "CP-7", "title", "Maps"));
		assertThat(jdbc.queryForObject("select count(*) from notification where person_id = 1 and read_at is null",
				Long.class)).isEqualTo(1);
	}

	private static Map<String, String> facts(JdbcTemplate jdbc, long id) {
		return jdbc.query("select name, content from notification_fact where notification_id = ?", rs -> {
			Map<String, String> facts = new HashMap<>();
			while (rs.next()) {
				facts.put(rs.getString(1), rs.getString(2));
			}
			return facts;
		}, id);
	}

	private static void migrate(DataSource db, String target) {
		var config = Flyway.configure().dataSource(db).locations("classpath:db/migration");
		if (target != null) {
			config.target(target);
		}
		config.load().migrate();
	}
}
