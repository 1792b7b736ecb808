package dev.quarry.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs a block in one transaction and hands it the transaction's {@link Connection}, over which the
 * block builds its queries classes ({@code new UserQueries(connection)}):
 *
 * <pre>{@code
 * long id = Transactions.call(dataSource, connection -> {
 *     var users = new UserQueries(connection);
 *     long id = users.createUser("ada");
 *     new AuditQueries(connection).logCreated(id);
 *     return id;
 * });
 * }</pre>
 *
 * The transaction commits when the block returns and rolls back when it throws (the exception
 * goes on unchanged; a checked one is wrapped in a {@link TransactionException}). Nesting needs no
 * thread-local state: code that already holds the connection passes it, and
 * {@link #call(Connection, Work)} on a connection already in a transaction (autocommit off) joins
 * it — it neither commits nor rolls back, and its exception reaches the outer block, which rolls
 * the whole transaction back.
 */
public final class Transactions {

    private Transactions() {}

    /** A block run in a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws Exception;
    }

    /** A block run in a transaction that returns nothing. */
    @FunctionalInterface
    public interface VoidWork {
        void run(Connection connection) throws Exception;
    }

    /** Runs {@code work} in a new transaction on a connection from {@code dataSource}, closed afterwards. */
    public static <T> T call(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return call(connection, work);
        } catch (SQLException e) {
            throw new TransactionException("could not get or close the transaction's connection", e);
        }
    }

    public static void run(DataSource dataSource, VoidWork work) {
        call(dataSource, asWork(work));
    }

    /**
     * Runs {@code work} on {@code connection}: in a new transaction when the connection is in
     * autocommit mode (restored afterwards), else in the transaction already open on it.
     */
    public static <T> T call(Connection connection, Work<T> work) {
        boolean outermost;
        try {
            outermost = connection.getAutoCommit();
            if (outermost) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw new TransactionException("could not begin a transaction", e);
        }
        if (!outermost) {
            return runJoined(connection, work);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (Throwable e) {
            rollback(connection, e);
            throw rethrow(e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // the connection is broken; closing it (or the pool) deals with it
            }
        }
    }

    public static void run(Connection connection, VoidWork work) {
        call(connection, asWork(work));
    }

    private static <T> T runJoined(Connection connection, Work<T> work) {
        try {
            return work.run(connection);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new TransactionException("the transaction's block failed", e);
    }

    private static Work<Void> asWork(VoidWork work) {
        return connection -> {
            work.run(connection);
            return null;
        };
    }

    /** A transaction could not begin, commit or get its connection, or its block threw a checked exception. */
    public static final class TransactionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TransactionException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
