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

    /**
     * A connection for one execution of {@code query} under {@code options}; close the lease when
     * done. Failing to get one is reported to the options' listener and thrown as a {@link QuarryException}.
     */
    default Lease acquire(QueryInfo query, QueryOptions options) {
        long started = System.nanoTime();
        try {
            return lease(query, options, started);
        } catch (SQLException e) {
            QuarryException error = query.failure(e);
            options.listener().onError(new QueryEvent(query, query.sql(), System.nanoTime() - started, -1), error);
            throw error;
        }
    }

    Lease lease(QueryInfo query, QueryOptions options, long started) throws SQLException;

    /** Takes a connection from the data source per call and closes it afterwards. */
    record PerCall(DataSource dataSource) implements ConnectionSource {
        @Override
        public Lease acquire(QueryInfo query) throws SQLException {
            return new Lease(query, dataSource.getConnection(), true);
        }

        @Override
        public Lease lease(QueryInfo query, QueryOptions options, long started) throws SQLException {
            return new Lease(query, dataSource.getConnection(), true, options, started);
        }
    }

    /** Uses the caller's connection and leaves it open: the caller owns the transaction. */
    record Borrowed(Connection connection) implements ConnectionSource {
        @Override
        public Lease acquire(QueryInfo query) throws SQLException {
            return new Lease(query, connection, false);
        }

        @Override
        public Lease lease(QueryInfo query, QueryOptions options, long started) {
            return new Lease(query, connection, false, options, started);
        }
    }
}
