package dev.quarry.runtime;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code COPY ... FROM STDIN} through PgJDBC's {@code CopyManager}, streaming the rows in chunks
 * of text so the rows are never all held or encoded at once. The only runtime class that needs PgJDBC
 * (an optional dependency): generated code calls it only for PostgreSQL, so users of other
 * databases never load it.
 */
public final class PgCopy {
    private static final int CHUNK_CHARS = 64 * 1024;

    private PgCopy() {}

    /**
     * Copies {@code rows} with {@code copySql} ({@code COPY t (a, b) FROM STDIN}); {@code values}
     * gives a row's column values in the statement's column order. Returns the rows copied.
     */
    public static <P> long copyIn(Lease lease, String copySql, Iterable<? extends P> rows,
            Function<? super P, Object[]> values)
            throws SQLException {
        CopyIn copy = lease.connection().unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            StringBuilder text = new StringBuilder(CHUNK_CHARS + 1024);
            for (P row : rows) {
                CopyText.appendRow(text, values.apply(row));
                if (text.length() >= CHUNK_CHARS) {
                    write(copy, text);
                }
            }
            write(copy, text);
            long copied = copy.endCopy();
            lease.succeeded(copied);
            return copied;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder text) throws SQLException {
        if (text.length() > 0) {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }
}
