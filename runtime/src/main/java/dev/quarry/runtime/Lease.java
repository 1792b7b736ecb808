package dev.quarry.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A connection held for one execution of a generated method. Generated code prepares statements
 * through the lease, so options (timeout, batch and fetch sizes) are applied in one place, and
 * reports the outcome to it, so the listener hears about every execution:
 *
 * <pre>{@code
 * Lease lease = source.acquire(QUERY, options);
 * try (lease; PreparedStatement ps = lease.prepare()) {
 *     ...
 *     lease.succeeded(rows.size());
 *     return rows;
 * } catch (SQLException e) {
 *     throw lease.failure(e);
 * }
 * }</pre>
 */
public final class Lease implements AutoCloseable {
    private final QueryInfo query;
    private final Connection connection;
    private final boolean owned;
    private final QueryOptions options;
    private final long started;
    private final List<Statement> statements = new ArrayList<>(1);
    private String sql;
    private long rowCount = -1;
    private boolean succeeded;
    private boolean reported;
    private int pendingInBatch;
    private long batchRows;
    private boolean restoreAutoCommit;

    Lease(QueryInfo query, Connection connection, boolean owned) {
        this(query, connection, owned, QueryOptions.DEFAULTS, System.nanoTime());
    }

    Lease(QueryInfo query, Connection connection, boolean owned, QueryOptions options, long started) {
        this.query = query;
        this.connection = connection;
        this.owned = owned;
        this.options = options;
        this.started = started;
        this.sql = query.sql();
    }

    public QueryInfo query() {
        return query;
    }

    public Connection connection() {
        return connection;
    }

    public QueryOptions options() {
        return options;
    }

    /** Prepares the query's SQL on this connection. */
    public PreparedStatement prepare() throws SQLException {
        return prepare(query.sql());
    }

    /** Prepares {@code expandedSql}, the query's SQL with lists expanded or rows repeated. */
    public PreparedStatement prepare(String expandedSql) throws SQLException {
        this.sql = expandedSql;
        return configure(connection.prepareStatement(expandedSql));
    }

    /**
     * Closes a statement prepared through this lease before the lease closes (a batch whose SQL
     * changed with its lists' lengths moves on to another statement).
     */
    void closeStatement(PreparedStatement ps) throws SQLException {
        statements.remove(ps);
        ps.close();
    }

    /** Prepares the query's SQL so that {@link PreparedStatement#getGeneratedKeys()} returns {@code keyColumn}. */
    public PreparedStatement prepareReturningKey(String keyColumn) throws SQLException {
        return prepareReturningKey(query.sql(), keyColumn);
    }

    /** Prepares {@code expandedSql} (lists expanded) so that generated keys return {@code keyColumn}. */
    public PreparedStatement prepareReturningKey(String expandedSql, String keyColumn) throws SQLException {
        this.sql = expandedSql;
        return configure(connection.prepareStatement(expandedSql, new String[] {keyColumn}));
    }

    /**
     * SQLite's generated key: {@code last_insert_rowid()} of this connection, as a result set of one
     * row when the statement inserted {@code insertedRows > 0} rows, else none. (sqlite-jdbc's
     * {@code getGeneratedKeys} ignores statements that start with a comment, as generated SQL does.)
     */
    public java.sql.ResultSet lastInsertRowid(long insertedRows) throws SQLException {
        PreparedStatement ps = configure(connection.prepareStatement("SELECT last_insert_rowid() WHERE ? > 0"));
        ps.setLong(1, insertedRows);
        return ps.executeQuery();
    }

    /**
     * Prepares the query's SQL to be read through a cursor: autocommit off for the lease's lifetime
     * (PostgreSQL keeps a cursor only inside a transaction) and the options' fetch size.
     */
    public PreparedStatement prepareCursor() throws SQLException {
        return prepareCursor(query.sql());
    }

    /** {@link #prepareCursor()} for {@code expandedSql}, the query's SQL with lists expanded. */
    public PreparedStatement prepareCursor(String expandedSql) throws SQLException {
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
            restoreAutoCommit = true;
        }
        PreparedStatement ps = prepare(expandedSql);
        ps.setFetchSize(options.fetchSize());
        return ps;
    }

    private PreparedStatement configure(PreparedStatement ps) throws SQLException {
        statements.add(ps);
        try {
            int seconds = options.timeoutSeconds();
            if (seconds > 0) {
                ps.setQueryTimeout(seconds);
            }
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
        return ps;
    }

    /** The most parameter sets one batch holds. */
    public int batchSize() {
        return options.batchSize();
    }

    /** Adds the bound parameters to the batch, and runs the batch once it holds {@link #batchSize()} sets. */
    public void addBatch(PreparedStatement ps) throws SQLException {
        ps.addBatch();
        if (++pendingInBatch >= options.batchSize()) {
            executeBatch(ps);
        }
    }

    /** Runs what is left in the batch; the rows affected by all batches of this lease. */
    public long executeBatch(PreparedStatement ps) throws SQLException {
        if (pendingInBatch > 0) {
            pendingInBatch = 0;
            for (int count : ps.executeBatch()) {
                batchRows += Math.max(0, count);
            }
        }
        return batchRows;
    }

    /** Records success: the listener hears of it when the lease closes. */
    public void succeeded(long rows) {
        this.succeeded = true;
        this.rowCount = rows;
    }

    /** The exception to throw for {@code cause}: a {@link QueryTimeoutException} when the database cancelled on timeout. */
    public QuarryException failure(SQLException cause) {
        QuarryException error = options.timeout() != null && isCancel(cause)
                ? new QueryTimeoutException(query, options.timeout(), cause)
                : query.failure(cause);
        return reportError(error);
    }

    public TooManyRowsException tooManyRows() {
        return reportError(query.tooManyRows());
    }

    /** Closes what the lease opened after {@code cause} and returns the exception to throw. */
    public RuntimeException abort(Exception cause) {
        RuntimeException error = cause instanceof SQLException sql ? failure(sql)
                : cause instanceof RuntimeException runtime ? reportError(runtime)
                : reportError(new IllegalStateException(cause));
        try {
            close();
        } catch (SQLException | RuntimeException e) {
            error.addSuppressed(e);
        }
        return error;
    }

    private static boolean isCancel(SQLException e) {
        // PostgreSQL: 57014 query_canceled; other drivers throw SQLTimeoutException
        return e instanceof SQLTimeoutException || "57014".equals(e.getSQLState());
    }

    private <E extends RuntimeException> E reportError(E error) {
        if (!reported) {
            reported = true;
            if (options.listener() == QueryListener.NONE) {
                return error;
            }
            try {
                options.listener().onError(event(), error);
            } catch (RuntimeException e) {
                error.addSuppressed(e);
            }
        }
        return error;
    }

    private QueryEvent event() {
        return new QueryEvent(query, sql, System.nanoTime() - started, rowCount);
    }

    /** Closes the statements prepared through the lease, ends a cursor's transaction, and gives the connection back. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (Statement statement : statements) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = add(failure, e);
            }
        }
        statements.clear();
        if (restoreAutoCommit) {
            restoreAutoCommit = false;
            try {
                // reading is done: end the transaction the cursor needed the way the caller expects
                if (succeeded) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                failure = add(failure, e);
            }
        }
        if (owned) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure = add(failure, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (succeeded && !reported) {
            reported = true;
            if (options.listener() == QueryListener.NONE) {
                return; // nobody to tell: no event built on the hot path
            }
            try {
                options.listener().onSuccess(event());
            } catch (RuntimeException ignored) {
                // a listener must not turn a successful query into a failure
            }
        }
    }

    private static SQLException add(@Nullable SQLException first, SQLException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
