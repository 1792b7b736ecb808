package dev.quarry.runtime;

import java.sql.SQLException;

/**
 * What a generated method tells the runtime about its query. Generated classes hold one constant
 * per query and pass it to {@link ConnectionSource#acquire}, so cross-cutting features (listeners,
 * timeouts) can be added here without changing generated method bodies.
 *
 * @param name the name from the {@code -- name:} line
 * @param sourceLocation {@code file:line} of that line
 * @param sql the statement sent to the driver
 */
public record QueryInfo(String name, String sourceLocation, String sql) {

    /** The exception a generated method throws when the driver fails. */
    public QuarryException failure(SQLException cause) {
        return new QuarryException(name, sourceLocation, cause);
    }

    public TooManyRowsException tooManyRows() {
        return new TooManyRowsException(this);
    }
}
