package dev.quarry.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Inserting {@value BenchDatabase#INSERT_ROWS} rows into an emptied {@code bench_inserts} on
 * embedded SQLite (in memory), one operation per iteration.
 *
 * <p>TODO: the Quarry contenders, {@code :batchexec} and {@code :copyfrom} (batched multi-row
 * INSERTs on SQLite), once those kinds are on this branch: queries on {@code bench_inserts} in
 * {@code src/main/sql/sqlite/bench_rows.sql} and a method here for each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SqliteInsertBenchmark {
    private Connection connection;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        connection = BenchDatabase.sqlite();
    }

    @Setup(Level.Iteration)
    public void empty() throws SQLException {
        BenchDatabase.truncate(connection, "bench_inserts", false);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        connection.close();
    }

    /** The baseline: a hand-written JDBC batch, what {@code :batchexec} will be measured against. */
    @Benchmark
    public void jdbc() throws SQLException {
        SqliteRows.insertBatched(connection, "bench_inserts", BenchDatabase.INSERT_ROWS);
    }
}
