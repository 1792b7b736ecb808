package dev.quarry.bench;

import static dev.quarry.bench.BenchDatabase.BATCH_SIZE;

import dev.quarry.bench.sqlite.db.BenchRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;

/** Hand-written JDBC on SQLite: the limit the generated code is measured against. */
final class SqliteRows {
    /** The text form SQLite's date functions use, with the milliseconds the benchmark rows have. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();

    private SqliteRows() {}

    /** Reads rows the way one writes it by hand: dates parsed from their text with a fixed format. */
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
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getBigDecimal(5),
                            rs.getBigDecimal(6),
                            LocalDateTime.parse(rs.getString(7), DATE_TIME),
                            rs.getBoolean(8),
                            nullableScore,
                            LocalDate.parse(rs.getString(10))));
                }
                return rows;
            }
        }
    }

    /** Rows 1..count into {@code table} in JDBC batches of {@link BenchDatabase#BATCH_SIZE}, one transaction. */
    static void insertBatched(Connection connection, String table, int count) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + table
                + " (id, qty, name, note, price, discount, created_at, active, score, day)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long i = 1; i <= count; i++) {
                ps.setLong(1, i);
                ps.setLong(2, BenchDatabase.qty(i));
                ps.setString(3, BenchDatabase.name(i));
                ps.setString(4, BenchDatabase.note(i));
                ps.setBigDecimal(5, BenchDatabase.price(i));
                ps.setBigDecimal(6, BenchDatabase.discount(i));
                ps.setString(7, DATE_TIME.format(BenchDatabase.createdAtLocal(i)));
                ps.setBoolean(8, BenchDatabase.active(i));
                Double score = BenchDatabase.score(i);
                if (score == null) {
                    ps.setNull(9, Types.DOUBLE);
                } else {
                    ps.setDouble(9, score);
                }
                ps.setString(10, BenchDatabase.day(i).toString());
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
}
