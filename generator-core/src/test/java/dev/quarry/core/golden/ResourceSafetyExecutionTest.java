package dev.quarry.core.golden;

import static dev.quarry.core.golden.JdbcStatements.execute;
import static dev.quarry.core.golden.GeneratedQueries.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.runtime.QuarryException;
import dev.quarry.runtime.QueryTimeoutException;
import dev.quarry.runtime.TooManyRowsException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Calls every kind of generated method about 2,000 times on PostgreSQL, failing calls included
 * (unique violations, {@code :one} with two rows, timeouts, a stream closed early), through
 * counting proxies, then shows that every connection, statement and result set opened was closed
 * and that the server has no session left for the test's application name.
 */
class ResourceSafetyExecutionTest {
    private static final String NAME = "quarry_leaks" + "_" + ProcessHandle.current().pid();
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + NAME
            + "&ApplicationName=" + NAME;

    @Test
    void everyKindClosesWhatItOpensAlsoWhenItFails() throws Exception {
        GeneratedQueries authors;
        try (Connection admin = PostgresServerTypesTest.connect()) {
            execute(admin, "DROP SCHEMA IF EXISTS " + NAME + " CASCADE");
            execute(admin, "CREATE SCHEMA " + NAME);
            execute(admin, "SET search_path TO " + NAME);
            GoldenFolder folder = GoldenFolder.named("postgresql", "runtime-every-kind");
            PostgresServerTypesTest.applySchema(admin, folder.configOrThrow());
            authors = new GeneratedQueries(new GoldenProgram(folder, "AuthorsQueries", admin), "AuthorsQueries");
        }
        try {
            CountingJdbc counting = new CountingJdbc();
            int calls;
            // most calls share one physical connection (a pool of one, fast); each call gets its own handle
            try (Connection physical = DriverManager.getConnection(URL)) {
                DataSource pooled = counting.dataSource(() -> physical, false);
                calls = exerciseEveryKind(authors.over(pooled), 120);
                assertTrue(physical.getAutoCommit(), "autocommit is restored after streams");
                assertEquals(1, sessions(), "only the shared connection is open");
            }
            // a few calls on physical connections of their own, which the server would show if left open
            DataSource physicalPerCall = counting.dataSource(ResourceSafetyExecutionTest::connect, true);
            calls += exerciseEveryKind(authors.over(physicalPerCall), 3);
            assertTrue(calls >= 2000, "calls: " + calls);
            for (String kind : List.of("Connection", "Statement", "ResultSet")) {
                assertTrue(counting.opened(kind) > 0, kind);
                assertEquals(counting.opened(kind), counting.closed(kind), kind + "s opened and closed");
            }
            assertEquals(0, sessionsAfterBackendsExit());
        } finally {
            try (Connection admin = PostgresServerTypesTest.connect()) {
                execute(admin, "DROP SCHEMA " + NAME + " CASCADE");
            }
        }
    }

    /** {@code rounds} rounds of every kind, with failures; returns how many generated methods were called. */
    private static int exerciseEveryKind(Object queries, int rounds) {
        int calls = 0;
        Object quick = call(queries, "withTimeout", Duration.ofSeconds(1));
        for (int round = 0; round < rounds; round++) {
            String name = "author " + round + " " + System.nanoTime();
            long id = (long) call(queries, "createAuthor", name, "same bio");
            call(queries, "createAuthorResult", name + " r", "same bio");
            assertThrows(QuarryException.class, () -> call(queries, "createAuthor", name, null)); // unique violation
            assertTrue(((java.util.Optional<?>) call(queries, "getAuthor", id)).isPresent());
            assertThrows(TooManyRowsException.class, () -> call(queries, "authorIdByBio", "same bio"));
            call(queries, "listAuthors");
            call(queries, "authorsByIds", List.of(id, id + 1));
            call(queries, "authorsByIds", List.of());
            try (Stream<?> stream = (Stream<?>) call(queries, "streamListAuthors")) {
                stream.findFirst(); // closed early, with rows left
            }
            call(queries, "forEachAuthorsByIds", List.of(id), (java.util.function.Consumer<Object>) row -> { });
            call(queries, "touchAuthor", id);
            call(queries, "setBio", id, round % 2 == 0 ? null : "bio");
            call(queries, "createAuthors", List.of());
            call(queries, "createAuthorsReturning", List.of(name + " b"));
            assertThrows(QuarryException.class, () -> call(queries, "createAuthorsReturning", List.of(name + " b")));
            call(queries, "authorsNamed", List.of(name, "nobody"));
            assertThrows(QuarryException.class, () -> call(queries, "copyAuthors", List.of(
                    record(queries, "CopyAuthorsParams", name, null))));
            calls += 17;
            if (round % 60 == 1) {
                assertThrows(QueryTimeoutException.class, () -> call(quick, "sleep", 3.0));
                calls++;
            }
        }
        return calls;
    }

    private static Object record(Object queries, String simpleName, Object... components) {
        try {
            Class<?> type = queries.getClass().getClassLoader().loadClass("com.example.golden." + simpleName);
            return type.getDeclaredConstructors()[0].newInstance(components);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Connection connect() {
        try {
            return DriverManager.getConnection(URL);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int sessions() throws SQLException {
        try (Connection admin = PostgresServerTypesTest.connect();
                PreparedStatement ps = admin.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
            ps.setString(1, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A closed connection's backend exits shortly after the client goes: wait up to five seconds. */
    private static int sessionsAfterBackendsExit() throws Exception {
        int n = sessions();
        for (int i = 0; i < 50 && n > 0; i++) {
            Thread.sleep(100);
            n = sessions();
        }
        return n;
    }
}
