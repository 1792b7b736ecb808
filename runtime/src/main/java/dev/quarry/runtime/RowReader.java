package dev.quarry.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current row of a result set; generated streaming methods pass one as a lambda. */
@FunctionalInterface
public interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
}
