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
 * PostgreSQL, one operation per iteration.
 *
 * <p>TODO: the Quarry contenders, {@code :batchexec} and {@code :copyfrom}, once those kinds are on
 * this branch: a query {@code InsertRows :batchexec} and {@code CopyRows :copyfrom} on
 * {@code bench_inserts} in {@code src/main/sql/postgresql/bench_rows.sql}, and a method here for
 * each. Until then this measures the two limits they will be compared with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PostgresInsertBenchmark {
    private Connection connection;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        connection = BenchDatabase.postgres();
    }

    @Setup(Level.Iteration)
    public void empty() throws SQLException {
        BenchDatabase.truncate(connection, "bench_inserts", true);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        connection.close();
    }

    /** The baseline: a hand-written JDBC batch, what {@code :batchexec} will be measured against. */
    @Benchmark
    public void jdbc() throws SQLException {
        PostgresRows.insertBatched(connection, "bench_inserts", BenchDatabase.INSERT_ROWS);
    }

    /** Hand-written {@code COPY FROM STDIN} through PgJDBC's CopyManager, the limit of {@code :copyfrom}. */
    @Benchmark
    public long jdbcCopy() throws SQLException {
        return PostgresRows.copy(connection, "bench_inserts", BenchDatabase.INSERT_ROWS);
    }
}
