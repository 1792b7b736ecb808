package dev.quarry.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs each insert contender once on a few rows (more than one batch of 1,000), through the
 * benchmark's own setup and row count check, and compares what each wrote with the baseline's rows.
 */
class InsertContendersWriteTheSameRowsTest {
    private static final int ROWS = 2_500;

    @Test
    void onPostgres() throws Exception {
        PostgresInsertBenchmark benchmark = new PostgresInsertBenchmark();
        benchmark.rows = ROWS;
        benchmark.setUp();
        try (Connection check = BenchDatabase.postgres()) {
            Runner runner = insert -> rows(benchmark::empty, insert, benchmark::checkRows, check);
            List<String> expected = runner.run(benchmark::jdbc);
            assertEquals(expected, runner.run(benchmark::jdbcCopy), "jdbcCopy");
            assertEquals(expected, runner.run(benchmark::quarryBatchexec), "quarryBatchexec");
            assertEquals(expected, runner.run(benchmark::quarryCopyfrom), "quarryCopyfrom");
            assertEquals(expected, runner.run(benchmark::quarryBatchexecPrebuilt), "quarryBatchexecPrebuilt");
            assertEquals(expected, runner.run(benchmark::quarryCopyfromPrebuilt), "quarryCopyfromPrebuilt");
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void onSqlite() throws Exception {
        SqliteInsertBenchmark benchmark = new SqliteInsertBenchmark();
        benchmark.rows = ROWS;
        benchmark.setUp();
        try {
            // The in-memory database is private to the benchmark's connection: read it through that.
            Connection check = benchmark.connection();
            Runner runner = insert -> rows(benchmark::empty, insert, benchmark::checkRows, check);
            List<String> expected = runner.run(benchmark::jdbc);
            assertEquals(expected, runner.run(benchmark::quarryBatchexec), "quarryBatchexec");
            assertEquals(expected, runner.run(benchmark::quarryCopyfrom), "quarryCopyfrom");
            assertEquals(expected, runner.run(benchmark::quarryBatchexecPrebuilt), "quarryBatchexecPrebuilt");
            assertEquals(expected, runner.run(benchmark::quarryCopyfromPrebuilt), "quarryCopyfromPrebuilt");
        } finally {
            benchmark.tearDown();
        }
    }

    /** Runs one contender on an emptied table and returns the rows it wrote. */
    @FunctionalInterface
    private interface Runner {
        List<String> run(Step insert) throws SQLException;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws SQLException;
    }

    private static List<String> rows(Step empty, Step insert, Step checkRows, Connection check)
            throws SQLException {
        empty.run();
        insert.run();
        checkRows.run();
        List<String> rows = new ArrayList<>(ROWS);
        try (Statement st = check.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM bench_inserts ORDER BY id")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
