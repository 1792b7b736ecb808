package dev.quarry.runtime;

/** A {@code :one} query returned more than one row. */
public final class TooManyRowsException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public TooManyRowsException(String queryName, String sourceLocation) {
        super(queryName, sourceLocation, "a :one query returned more than one row", null);
    }

    public TooManyRowsException(QueryInfo query) {
        this(query.name(), query.sourceLocation());
    }
}
