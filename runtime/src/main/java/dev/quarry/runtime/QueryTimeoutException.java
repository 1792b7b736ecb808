package dev.quarry.runtime;

import java.sql.SQLException;
import java.time.Duration;

/** A query ran longer than its timeout and the database cancelled it. */
public final class QueryTimeoutException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public QueryTimeoutException(QueryInfo query, Duration timeout, SQLException cause) {
        super(query.name(), query.sourceLocation(), "timed out after " + timeout + " (" + cause.getMessage() + ")", cause);
    }
}
