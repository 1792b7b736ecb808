package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class ConnectionSourceTest {
    private static final QueryInfo QUERY = new QueryInfo("Answer", "queries/misc.sql:3", "SELECT 42");

    @Test
    void borrowedConnectionIsNeverClosed() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ConnectionSource source = ConnectionSource.of(connection);
            try (Lease lease = source.acquire(QUERY); PreparedStatement ps = lease.prepare();
                    ResultSet rs = ps.executeQuery()) {
                assertSame(connection, lease.connection());
                assertSame(QUERY, lease.query());
                rs.next();
                assertEquals(42, rs.getInt(1));
            }
            assertFalse(connection.isClosed());
        }
    }

    @Test
    void dataSourceConnectionIsClosedAfterEachCall(@TempDir Path dir) throws SQLException {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("db.sqlite"));
        ConnectionSource source = ConnectionSource.of(dataSource);
        Connection first;
        try (Lease lease = source.acquire(QUERY)) {
            first = lease.connection();
            assertFalse(first.isClosed());
        }
        assertTrue(first.isClosed());
        try (Lease lease = source.acquire(QUERY)) {
            assertFalse(lease.connection().isClosed());
        }
        assertTrue(Files.exists(dir.resolve("db.sqlite")));
    }

    @Test
    void exceptionsNameTheQueryAndItsSource() {
        SQLException cause = new SQLException("no such table: users");
        QuarryException e = QUERY.failure(cause);
        assertEquals("query Answer (queries/misc.sql:3) failed: no such table: users", e.getMessage());
        assertEquals("Answer", e.queryName());
        assertEquals("queries/misc.sql:3", e.sourceLocation());
        assertSame(cause, e.getCause());
        TooManyRowsException tooMany = QUERY.tooManyRows();
        assertEquals("query Answer (queries/misc.sql:3) failed: a :one query returned more than one row",
                tooMany.getMessage());
    }
}
