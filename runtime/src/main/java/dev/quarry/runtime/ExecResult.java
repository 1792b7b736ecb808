package dev.quarry.runtime;

import java.util.List;

/**
 * What an {@code :execresult} method returns.
 *
 * @param rowCount rows the statement affected
 * @param generatedKeys the keys an INSERT generated, in row order, typed as the table's key
 *     column; empty for other statements ({@code ExecResult<Void>}), and on SQLite only the last
 *     row's key
 */
public record ExecResult<K>(long rowCount, List<K> generatedKeys) {

    public ExecResult {
        generatedKeys = List.copyOf(generatedKeys);
    }
}
