package dev.quarry.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A connection held for one query execution. Generated code prepares its statement through the
 * lease, so statement settings (timeouts, later) are applied in one place.
 */
public final class Lease implements AutoCloseable {
    private final QueryInfo query;
    private final Connection connection;
    private final boolean owned;

    Lease(QueryInfo query, Connection connection, boolean owned) {
        this.query = query;
        this.connection = connection;
        this.owned = owned;
    }

    public QueryInfo query() {
        return query;
    }

    public Connection connection() {
        return connection;
    }

    /** Prepares the query's SQL on this connection. */
    public PreparedStatement prepare() throws SQLException {
        return connection.prepareStatement(query.sql());
    }

    @Override
    public void close() throws SQLException {
        if (owned) {
            connection.close();
        }
    }
}
