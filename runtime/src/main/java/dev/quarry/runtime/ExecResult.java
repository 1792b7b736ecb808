package dev.quarry.runtime;

import java.util.List;

/**
 * What an {@code :execresult} method returns.
 *
 * @param rowCount rows the statement affected
 * @param generatedKeys the keys an INSERT generated, in row order, typed as the table's key
 *     column; empty for other statements ({@code ExecResult<Void>}). On SQLite only the last row's
 *     key; on MySQL/MariaDB what the driver reports: MariaDB Connector/J 3 gives only the first
 *     row's key of a multi-row INSERT (MariaDB's RETURNING gives every row's)
 */
public record ExecResult<K>(long rowCount, List<K> generatedKeys) {

    public ExecResult {
        generatedKeys = List.copyOf(generatedKeys);
    }
}
