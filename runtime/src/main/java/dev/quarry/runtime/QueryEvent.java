package dev.quarry.runtime;

/**
 * One finished execution.
 *
 * @param query which query (name, {@code file:line}, SQL constant)
 * @param sql the SQL sent to the driver: the query's SQL, or its expansion for lists and multi-row inserts
 * @param durationNanos from taking the connection to giving it back
 * @param rowCount rows read, or affected (summed over batches); -1 when unknown
 */
public record QueryEvent(QueryInfo query, String sql, long durationNanos, long rowCount) {

    public String queryName() {
        return query.name();
    }

    public String sourceLocation() {
        return query.sourceLocation();
    }
}
