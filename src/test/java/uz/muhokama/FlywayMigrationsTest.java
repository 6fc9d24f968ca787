package uz.muhokama;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class FlywayMigrationsTest {

    private static final Pattern MIGRATION_FILE = Pattern.compile("V(\\d+)__.+\\.sql");

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Flyway flyway;

    @Test
    void tests_run_on_the_database_the_build_asked_for() throws SQLException {
        String expected = "postgres".equals(System.getProperty("test.database")) ? "PostgreSQL" : "H2";
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }

    @Test
    void every_migration_in_the_migrations_folder_is_applied_successfully() throws IOException {
        MigrationInfo[] all = flyway.info().all();

        assertThat(flyway.info().pending()).isEmpty();
        assertThat(all).allSatisfy(info -> assertThat(info.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(Arrays.stream(all).map(info -> Integer.parseInt(info.getVersion().getVersion())))
                .containsExactlyInAnyOrderElementsOf(versionsInMigrationsFolder());
    }

    @Test
    void migrated_schema_has_the_tables_of_the_first_migrations() throws SQLException {
        assertThat(tableNames()).contains(
                "organisation", "app_user", "user_role", "membership", "user_identity", "account_token",
                "audit_event", "event_publication", "flyway_schema_history");
    }

    private static Set<Integer> versionsInMigrationsFolder() throws IOException {
        Set<Integer> versions = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            files.map(file -> MIGRATION_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .forEach(match -> versions.add(Integer.parseInt(match.group(1))));
        }
        return versions;
    }

    private Set<String> tableNames() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData()
                        .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }
}
