package dev.quarry.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Connections and data of the benchmarks. Setup is idempotent: the schema script creates the
 * tables if they do not exist (on PostgreSQL in the schema {@value #PG_SCHEMA}), then the rows
 * table is truncated and filled again, so a run never depends on what an earlier one left.
 */
final class BenchDatabase {
    static final String PG_SCHEMA = "quarry_bench";
    /** Rows in {@code bench_rows}: the largest read. */
    static final int ROWS = 10_000;
    /** Rows of one insert benchmark operation. */
    static final int INSERT_ROWS = 100_000;
    /** Rows per {@code executeBatch}: large batches, bounded so no batch holds everything. */
    static final int BATCH_SIZE = 1_000;

    private static final OffsetDateTime BASE = OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 0, ZoneOffset.UTC);

    private BenchDatabase() {}

    /** PostgreSQL from {@code -Dbench.pg.url} (default: the local test database), search_path quarry_bench. */
    static Connection postgres() throws SQLException {
        String url = System.getProperty("bench.pg.url",
                "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + PG_SCHEMA);
        Connection connection = DriverManager.getConnection(url);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + PG_SCHEMA);
        }
        runScript(connection, "/db/postgresql/schema.sql");
        return connection;
    }

    /** A private in-memory SQLite database, as an embedded database is used. */
    static Connection sqlite() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        runScript(connection, "/db/sqlite/schema.sql");
        return connection;
    }

    static void truncate(Connection connection, String table, boolean postgres) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(postgres ? "TRUNCATE " + table : "DELETE FROM " + table);
        }
    }

    /** Throws unless {@code bench_inserts} holds exactly {@code expected} rows, ids 1..expected. */
    static void checkInserted(Connection connection, int expected) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), min(id), max(id) FROM bench_inserts")) {
            rs.next();
            long count = rs.getLong(1);
            if (count != expected || (expected > 0 && (rs.getLong(2) != 1 || rs.getLong(3) != expected))) {
                throw new IllegalStateException("bench_inserts holds " + count + " rows, ids "
                        + rs.getLong(2) + ".." + rs.getLong(3) + ", not " + expected);
            }
        }
    }

    private static void runScript(Connection connection, String resource) throws SQLException {
        String script;
        try (InputStream in = BenchDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        try (Statement st = connection.createStatement()) {
            for (String statement : withoutComments.split(";")) {
                if (!statement.isBlank()) {
                    st.execute(statement);
                }
            }
        }
    }

    // The values of row i, shared by both engines: every nullable column is NULL in some rows.

    static int qty(long i) {
        return (int) (i % 1000);
    }

    static String name(long i) {
        return "name-" + i;
    }

    static String note(long i) {
        return i % 3 == 0 ? null : "a note on row " + i;
    }

    static BigDecimal price(long i) {
        return BigDecimal.valueOf(i * 7 % 1_000_000, 2);
    }

    static BigDecimal discount(long i) {
        return i % 4 == 0 ? null : BigDecimal.valueOf(i % 500, 2);
    }

    /** With milliseconds always, so every reader's text parsing sees one format. */
    static OffsetDateTime createdAt(long i) {
        return BASE.plusSeconds(i).plusNanos(123_000_000);
    }

    static LocalDateTime createdAtLocal(long i) {
        return createdAt(i).toLocalDateTime();
    }

    static boolean active(long i) {
        return i % 2 == 0;
    }

    static Double score(long i) {
        return i % 5 == 0 ? null : i / 7.0;
    }

    static UUID ref(long i) {
        return new UUID(0x5157_0000_0000_0000L | i, i * 31);
    }

    static LocalDate day(long i) {
        return BASE.toLocalDate().plusDays(i % 365);
    }
}
