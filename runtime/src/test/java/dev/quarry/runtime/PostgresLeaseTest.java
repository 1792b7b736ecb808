package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timeouts, the listener and cursor streams against the real PostgreSQL, the way generated methods use a lease. */
class PostgresLeaseTest {
    private Connection connection;
    private final List<String> heard = new ArrayList<>();
    private final QueryListener listener = new QueryListener() {
        @Override
        public void onSuccess(QueryEvent event) {
            heard.add("ok " + event.queryName() + " " + event.sourceLocation() + " rows=" + event.rowCount());
        }

        @Override
        public void onError(QueryEvent event, RuntimeException error) {
            heard.add("error " + event.queryName() + " " + error.getClass().getSimpleName());
        }
    };

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private long count(ConnectionSource source, QueryInfo query, QueryOptions options) {
        Lease lease = source.acquire(query, options);
        try (lease; PreparedStatement ps = lease.prepare(); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            lease.succeeded(1);
            return n;
        } catch (SQLException e) {
            throw lease.failure(e);
        }
    }

    @Test
    void timeoutFailsWithAClearExceptionAndTheConnectionStaysUsable() {
        ConnectionSource source = ConnectionSource.of(connection);
        QueryOptions options = QueryOptions.DEFAULTS.withTimeout(Duration.ofMillis(500)).withListener(listener);
        QueryInfo sleep = new QueryInfo("Sleep", "q.sql:3", "-- name: Sleep :one\nSELECT count(*) FROM pg_sleep(30)");
        QueryTimeoutException e = assertThrows(QueryTimeoutException.class, () -> count(source, sleep, options));
        assertTrue(e.getMessage().startsWith("query Sleep (q.sql:3) failed: timed out after PT0.5S"), e.getMessage());
        QueryInfo one = new QueryInfo("One", "q.sql:7", "SELECT 1");
        assertEquals(1L, count(source, one, options));
        assertEquals(List.of("error Sleep QueryTimeoutException", "ok One q.sql:7 rows=1"), heard);
    }

    @Test
    void cursorStreamReadsAMillionRowsAndRestoresAutocommit() throws SQLException {
        ConnectionSource source = ConnectionSource.of(connection);
        QueryInfo series = new QueryInfo("Series", "q.sql:1", "SELECT g FROM generate_series(1, 1000000) g");
        Lease lease = source.acquire(series, QueryOptions.DEFAULTS.withListener(listener));
        PreparedStatement ps = lease.prepareCursor();
        assertEquals(1000, ps.getFetchSize());
        long sum;
        try (Stream<Long> rows = CursorStream.open(lease, ps, rs -> rs.getLong(1))) {
            // inside the stream the connection is in a transaction, so PgJDBC reads through a portal
            assertTrue(!connection.getAutoCommit());
            sum = rows.mapToLong(Long::longValue).sum();
        }
        assertEquals(500000500000L, sum);
        assertTrue(connection.getAutoCommit());
        assertTrue(ps.isClosed());
        assertEquals(List.of("ok Series q.sql:1 rows=1000000"), heard);
    }

    @Test
    void failingStreamClosesEverything() throws SQLException {
        QueryInfo bad = new QueryInfo("Bad", "q.sql:1", "SELECT 1 / (g - 5) FROM generate_series(1, 10) g");
        Lease lease = ConnectionSource.of(connection).acquire(bad, QueryOptions.DEFAULTS.withFetchSize(2).withListener(listener));
        PreparedStatement ps = lease.prepareCursor();
        try (Stream<Integer> rows = CursorStream.open(lease, ps, rs -> rs.getInt(1))) {
            assertThrows(QuarryException.class, () -> rows.forEach(r -> { }));
        }
        assertTrue(ps.isClosed());
        assertTrue(connection.getAutoCommit());
        assertEquals(List.of("error Bad QuarryException"), heard);
    }
}
