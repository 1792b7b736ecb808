package dev.quarry.runtime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of a query as a {@link Stream} read through a cursor, one fetch at a time, so no more
 * than a fetch's rows are held. The stream owns the lease: closing it closes the result set and
 * statement, ends the cursor's transaction and gives the connection back. It must be closed
 * (try-with-resources); a failure while reading closes it too.
 */
public final class CursorStream {

    private CursorStream() {}

    /**
     * Runs {@code ps} (prepared with {@link Lease#prepareCursor()} and bound) and streams its
     * rows; on any failure here the lease is closed and the failure thrown.
     */
    public static <T> Stream<T> open(Lease lease, PreparedStatement ps, RowReader<T> reader) {
        ResultSet rs;
        try {
            rs = ps.executeQuery();
        } catch (SQLException e) {
            throw lease.abort(e);
        }
        Rows<T> rows = new Rows<>(lease, rs, reader);
        return StreamSupport.stream(rows, false).onClose(rows::close);
    }

    private static final class Rows<T> extends Spliterators.AbstractSpliterator<T> {
        private final Lease lease;
        private final ResultSet rs;
        private final RowReader<T> reader;
        private long count;
        private boolean closed;

        Rows(Lease lease, ResultSet rs, RowReader<T> reader) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.lease = lease;
            this.rs = rs;
            this.reader = reader;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (closed) {
                return false;
            }
            T row;
            try {
                if (!rs.next()) {
                    return false;
                }
                row = reader.read(rs);
            } catch (SQLException e) {
                closed = true;
                closeResultSet(e);
                throw lease.abort(e);
            }
            count++;
            action.accept(row);
            return true;
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            lease.succeeded(count);
            SQLException failure = null;
            try {
                rs.close();
            } catch (SQLException e) {
                failure = e;
            }
            try {
                lease.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
            if (failure != null) {
                throw lease.failure(failure);
            }
        }

        private void closeResultSet(SQLException failure) {
            try {
                rs.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
