package dev.quarry.runtime;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Settings a queries class applies to every execution. Immutable: the {@code with...} methods
 * return copies, and a generated queries class's {@code withOptions}/{@code withTimeout} return a
 * copy of the class using them, so a per-call timeout is {@code queries.withTimeout(d).find(id)}.
 *
 * @param timeout applied with {@link java.sql.Statement#setQueryTimeout}, whose unit is seconds:
 *     rounded up to whole seconds; null for none
 * @param batchSize how many parameter sets one JDBC batch (or one multi-row INSERT) holds at most
 * @param fetchSize rows fetched per round trip by the streaming methods
 * @param listener told about every execution
 */
public record QueryOptions(@Nullable Duration timeout, int batchSize, int fetchSize, QueryListener listener) {

    public static final int DEFAULT_BATCH_SIZE = 1000;
    public static final int DEFAULT_FETCH_SIZE = 1000;
    public static final QueryOptions DEFAULTS =
            new QueryOptions(null, DEFAULT_BATCH_SIZE, DEFAULT_FETCH_SIZE, QueryListener.NONE);

    public QueryOptions {
        Objects.requireNonNull(listener, "listener");
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (batchSize < 1 || fetchSize < 1) {
            throw new IllegalArgumentException("batch and fetch sizes must be at least 1");
        }
    }

    public QueryOptions withTimeout(@Nullable Duration newTimeout) {
        return new QueryOptions(newTimeout, batchSize, fetchSize, listener);
    }

    public QueryOptions withBatchSize(int newBatchSize) {
        return new QueryOptions(timeout, newBatchSize, fetchSize, listener);
    }

    public QueryOptions withFetchSize(int newFetchSize) {
        return new QueryOptions(timeout, batchSize, newFetchSize, listener);
    }

    public QueryOptions withListener(QueryListener newListener) {
        return new QueryOptions(timeout, batchSize, fetchSize, newListener);
    }

    /** The timeout in whole seconds for {@code setQueryTimeout}; 0 means none. */
    int timeoutSeconds() {
        if (timeout == null) {
            return 0;
        }
        long millis = timeout.toMillis();
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (millis + 999) / 1000));
    }
}
