package dev.quarry.runtime;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The statements of a batch method ({@code :batchexec}, {@code :batchone}, {@code :batchmany})
 * whose query has {@code sqlc.slice} lists: each parameter set's SQL depends on its lists'
 * lengths, and a JDBC batch holds one SQL text. Parameter sets run in the order given; while
 * consecutive sets have lists of the same lengths they share one prepared statement (and, for
 * {@code :batchexec}, one JDBC batch); when the lengths change, the pending batch runs, the
 * statement is closed and the next one prepared. Sets sorted by list length batch best.
 */
public final class SliceStatements {
    private final Lease lease;
    private final SliceSql sql;
    private int @Nullable [] sizes;
    private @Nullable PreparedStatement current;

    public SliceStatements(Lease lease, SliceSql sql) {
        this.lease = lease;
        this.sql = sql;
    }

    /** The statement for a parameter set whose lists have {@code listSizes} elements, one per slice in SQL order. */
    public PreparedStatement statement(int... listSizes) throws SQLException {
        if (current != null && Arrays.equals(sizes, listSizes)) {
            return current;
        }
        if (current != null) {
            lease.executeBatch(current);
            PreparedStatement previous = current;
            current = null;
            lease.closeStatement(previous);
        }
        current = lease.prepare(sql.expand(listSizes));
        sizes = listSizes.clone();
        return current;
    }

    /** Runs what is left in the batch; the rows affected by all batches of the lease (0 with no parameter sets). */
    public long executeBatch() throws SQLException {
        return current == null ? 0 : lease.executeBatch(current);
    }
}
