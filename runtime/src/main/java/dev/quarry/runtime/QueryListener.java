package dev.quarry.runtime;

/**
 * Told about every execution of a generated method, after it finished, on the calling thread:
 * the place for metrics and tracing. Implementations must be fast and must not throw; an
 * exception a listener throws is suppressed into the query's own failure, or dropped on success.
 */
public interface QueryListener {

    QueryListener NONE = new QueryListener() {};

    /** The execution succeeded; {@code event.rowCount()} rows were read or affected. */
    default void onSuccess(QueryEvent event) {}

    /** The execution failed with {@code error}, which the generated method throws next. */
    default void onError(QueryEvent event, RuntimeException error) {}
}
