package dev.quarry.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where a generated queries class gets its connection: a {@link DataSource} (a connection per call,
 * closed after it) or a caller's {@link Connection} (its transaction; never closed here).
 */
public sealed interface ConnectionSource permits ConnectionSource.PerCall, ConnectionSource.Borrowed {

    static ConnectionSource of(DataSource dataSource) {
        return new PerCall(dataSource);
    }

    static ConnectionSource of(Connection connection) {
        return new Borrowed(connection);
    }

    /** A connection for one execution of {@code query}; close the lease when done. */
    Lease acquire(QueryInfo query) throws SQLException;

    /** Takes a connection from the data source per call and closes it afterwards. */
    record PerCall(DataSource dataSource) implements ConnectionSource {
        @Override
        public Lease acquire(QueryInfo query) throws SQLException {
            return new Lease(query, dataSource.getConnection(), true);
        }
    }

    /** Uses the caller's connection and leaves it open: the caller owns the transaction. */
    record Borrowed(Connection connection) implements ConnectionSource {
        @Override
        public Lease acquire(QueryInfo query) throws SQLException {
            return new Lease(query, connection, false);
        }
    }
}
