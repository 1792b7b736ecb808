package dev.quarry.runtime;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
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
     * @param rows read once, one statement's rows at a time, so they are never all held
     * @return the rows inserted
     */
    public static <P> long run(Lease lease, String prefix, String tuple, int columns, Iterable<? extends P> rows,
            RowBinder<? super P> binder) throws SQLException {
        int perStatement = Math.max(1, Math.min(lease.batchSize(), MAX_PLACEHOLDERS / Math.max(1, columns)));
        Iterator<? extends P> it = rows.iterator();
        List<P> chunk = new ArrayList<>(Math.min(perStatement, 64));
        PreparedStatement full = null;
        long inserted = 0;
        while (it.hasNext()) {
            chunk.clear();
            while (chunk.size() < perStatement && it.hasNext()) {
                chunk.add(it.next());
            }
            int n = chunk.size();
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
                binder.bind(ps, r * columns, chunk.get(r));
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
