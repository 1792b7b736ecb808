package dev.quarry.runtime;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A generated query failed. Carries which query and where it is written, so a log line leads back
 * to the SQL file; the driver's {@link SQLException} is the cause.
 */
public class QuarryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String queryName;
    private final String sourceLocation;

    public QuarryException(String queryName, String sourceLocation, SQLException cause) {
        this(queryName, sourceLocation, cause.getMessage(), cause);
    }

    protected QuarryException(
            String queryName, String sourceLocation, @Nullable String detail, @Nullable Throwable cause) {
        super("query " + queryName + " (" + sourceLocation + ") failed: " + detail, cause);
        this.queryName = queryName;
        this.sourceLocation = sourceLocation;
    }

    /** The name from the query's {@code -- name:} line. */
    public String queryName() {
        return queryName;
    }

    /** {@code file:line} of the query's {@code -- name:} line. */
    public String sourceLocation() {
        return sourceLocation;
    }
}
