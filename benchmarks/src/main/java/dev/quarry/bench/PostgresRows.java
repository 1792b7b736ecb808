package dev.quarry.bench;

import static dev.quarry.bench.BenchDatabase.BATCH_SIZE;

import dev.quarry.bench.postgresql.db.BenchRow;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/** Hand-written JDBC on PostgreSQL: the limit the generated code is measured against. */
final class PostgresRows {
    private PostgresRows() {}

    /** Reads rows the way one writes it by hand: getters by index, wasNull for the nullable double. */
    static List<BenchRow> read(Connection connection, String sql, long n) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                List<BenchRow> rows = new ArrayList<>();
                while (rs.next()) {
                    double score = rs.getDouble(9);
                    Double nullableScore = rs.wasNull() ? null : score;
                    rows.add(new BenchRow(
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getBigDecimal(5),
                            rs.getBigDecimal(6),
                            rs.getObject(7, OffsetDateTime.class),
                            rs.getBoolean(8),
                            nullableScore,
                            rs.getObject(10, UUID.class)));
                }
                return rows;
            }
        }
    }

    /** Rows 1..count into {@code table} in JDBC batches of {@link BenchDatabase#BATCH_SIZE}, one transaction. */
    static void insertBatched(Connection connection, String table, int count) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + table
                + " (id, qty, name, note, price, discount, created_at, active, score, ref)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long i = 1; i <= count; i++) {
                ps.setLong(1, i);
                ps.setInt(2, BenchDatabase.qty(i));
                ps.setString(3, BenchDatabase.name(i));
                ps.setString(4, BenchDatabase.note(i));
                ps.setBigDecimal(5, BenchDatabase.price(i));
                ps.setBigDecimal(6, BenchDatabase.discount(i));
                ps.setObject(7, BenchDatabase.createdAt(i));
                ps.setBoolean(8, BenchDatabase.active(i));
                Double score = BenchDatabase.score(i);
                if (score == null) {
                    ps.setNull(9, Types.DOUBLE);
                } else {
                    ps.setDouble(9, score);
                }
                ps.setObject(10, BenchDatabase.ref(i));
                ps.addBatch();
                if (i % BATCH_SIZE == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Rows 1..count through {@code COPY ... FROM STDIN} (text format), what {@code :copyfrom}
     * does on PostgreSQL. None of the values here hold tabs, newlines or backslashes.
     */
    static long copy(Connection connection, String table, int count) throws SQLException {
        StringBuilder text = new StringBuilder(count * 120);
        for (long i = 1; i <= count; i++) {
            text.append(i).append('\t')
                    .append(BenchDatabase.qty(i)).append('\t')
                    .append(BenchDatabase.name(i)).append('\t');
            appendNullable(text, BenchDatabase.note(i)).append('\t')
                    .append(BenchDatabase.price(i).toPlainString()).append('\t');
            appendNullable(text, BenchDatabase.discount(i) == null ? null : BenchDatabase.discount(i).toPlainString())
                    .append('\t')
                    .append(BenchDatabase.createdAt(i)).append('\t')
                    .append(BenchDatabase.active(i) ? 't' : 'f').append('\t');
            appendNullable(text, BenchDatabase.score(i) == null ? null : BenchDatabase.score(i).toString())
                    .append('\t')
                    .append(BenchDatabase.ref(i)).append('\n');
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table
                    + " (id, qty, name, note, price, discount, created_at, active, score, ref) FROM STDIN",
                    new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    private static StringBuilder appendNullable(StringBuilder text, String value) {
        return text.append(value == null ? "\\N" : value);
    }
}
