package dev.quarry.runtime;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Bulk insert as multi-row {@code INSERT ... VALUES (?, ?), (?, ?), ...} statements (for databases
 * without COPY): at most {@link QueryOptions#batchSize()} rows, and never more placeholders than
 * SQLite allows, per statement. Values are bound by the generated code with the same setters as
 * its single-row methods; never written into the SQL text.
 */
public final class MultiRowInsert {
    /** SQLite's limit on placeholders per statement since 3.32 (MariaDB allows 65535). */
    static final int MAX_PLACEHOLDERS = 32766;

    private MultiRowInsert() {}

    /** Binds one row's values at {@code offset + 1 ... offset + columns}. */
    @FunctionalInterface
    public interface RowBinder<P> {
        void bind(PreparedStatement ps, int offset, P row) throws SQLException;
    }

    /**
     * @param prefix the statement up to and including {@code VALUES }
     * @param tuple one row's placeholders, {@code (?, ?)}
     * @return the rows inserted
     */
    public static <P> long run(Lease lease, String prefix, String tuple, int columns, List<P> rows, RowBinder<P> binder)
            throws SQLException {
        int perStatement = Math.max(1, Math.min(lease.batchSize(), MAX_PLACEHOLDERS / Math.max(1, columns)));
        PreparedStatement full = null;
        long inserted = 0;
        for (int start = 0; start < rows.size(); start += perStatement) {
            int n = Math.min(perStatement, rows.size() - start);
            PreparedStatement ps;
            if (n == perStatement) {
                if (full == null) {
                    full = lease.prepare(sql(prefix, tuple, n));
                }
                ps = full;
            } else {
                ps = lease.prepare(sql(prefix, tuple, n));
            }
            for (int r = 0; r < n; r++) {
                binder.bind(ps, r * columns, rows.get(start + r));
            }
            inserted += ps.executeUpdate();
        }
        lease.succeeded(inserted);
        return inserted;
    }

    static String sql(String prefix, String tuple, int rows) {
        StringBuilder sql = new StringBuilder(prefix.length() + rows * (tuple.length() + 2)).append(prefix);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(tuple);
        }
        return sql.toString();
    }
}
