package dev.quarry.bench;

import dev.quarry.bench.postgresql.db.BenchRowsQueries;
import dev.quarry.bench.postgresql.db.CopyRowsParams;
import dev.quarry.bench.postgresql.db.InsertRowsParams;
import dev.quarry.runtime.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * PostgreSQL, one operation per iteration, each contender in one transaction. The hand-written
 * contenders compute each row's values as they bind or print them; the Quarry contenders take a list
 * of parameter records, built inside the measured method ({@code quarryBatchexec},
 * {@code quarryCopyfrom}) or once per trial ({@code ...Prebuilt}: the generated code alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PostgresInsertBenchmark {
    /** Rows per operation; smaller only in the test that runs each contender once. */
    int rows = BenchDatabase.INSERT_ROWS;

    private Connection connection;
    private BenchRowsQueries queries;
    private List<InsertRowsParams> prebuiltInsertParams;
    private List<CopyRowsParams> prebuiltCopyParams;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        connection = BenchDatabase.postgres();
        queries = new BenchRowsQueries(connection);
        prebuiltInsertParams = insertParams(rows);
        prebuiltCopyParams = copyParams(rows);
    }

    /** Per invocation, so a run with a batch size above one (-bs) still starts from an empty table. */
    @Setup(Level.Invocation)
    public void empty() throws SQLException {
        BenchDatabase.truncate(connection, "bench_inserts", true);
    }

    /** Fails the run if a contender did not insert every row. */
    @TearDown(Level.Invocation)
    public void checkRows() throws SQLException {
        BenchDatabase.checkInserted(connection, rows);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        connection.close();
    }

    /** The baseline: a hand-written JDBC batch. */
    @Benchmark
    public void jdbc() throws SQLException {
        PostgresRows.insertBatched(connection, "bench_inserts", rows);
    }

    /** Hand-written {@code COPY FROM STDIN} through PgJDBC's CopyManager, the limit of {@code :copyfrom}. */
    @Benchmark
    public long jdbcCopy() throws SQLException {
        return PostgresRows.copy(connection, "bench_inserts", rows);
    }

    /**
     * The generated {@code InsertRows :batchexec}, batches of QueryOptions.batchSize() (1,000),
     * including building the list of parameter records, which stays live (and is copied by the
     * young collections) until the last batch.
     */
    @Benchmark
    public void quarryBatchexec() {
        List<InsertRowsParams> params = insertParams(rows);
        Transactions.run(connection, c -> queries.insertRows(params));
    }

    /**
     * The generated {@code CopyRows :copyfrom} (COPY FROM STDIN through the runtime's PgCopy),
     * including building the list.
     */
    @Benchmark
    public long quarryCopyfrom() {
        List<CopyRowsParams> params = copyParams(rows);
        return Transactions.call(connection, c -> queries.copyRows(params));
    }

    /** {@link #quarryBatchexec} on a list built once per trial: the generated code alone. */
    @Benchmark
    public void quarryBatchexecPrebuilt() {
        Transactions.run(connection, c -> queries.insertRows(prebuiltInsertParams));
    }

    /** {@link #quarryCopyfrom} on a list built once per trial: the generated code alone. */
    @Benchmark
    public long quarryCopyfromPrebuilt() {
        return Transactions.call(connection, c -> queries.copyRows(prebuiltCopyParams));
    }

    private static List<InsertRowsParams> insertParams(int rows) {
        List<InsertRowsParams> params = new ArrayList<>(rows);
        for (long i = 1; i <= rows; i++) {
            params.add(new InsertRowsParams(i, BenchDatabase.qty(i), BenchDatabase.name(i),
                    BenchDatabase.note(i), BenchDatabase.price(i), BenchDatabase.discount(i),
                    BenchDatabase.createdAt(i), BenchDatabase.active(i), BenchDatabase.score(i),
                    BenchDatabase.ref(i)));
        }
        return params;
    }

    private static List<CopyRowsParams> copyParams(int rows) {
        List<CopyRowsParams> params = new ArrayList<>(rows);
        for (long i = 1; i <= rows; i++) {
            params.add(new CopyRowsParams(i, BenchDatabase.qty(i), BenchDatabase.name(i),
                    BenchDatabase.note(i), BenchDatabase.price(i), BenchDatabase.discount(i),
                    BenchDatabase.createdAt(i), BenchDatabase.active(i), BenchDatabase.score(i),
                    BenchDatabase.ref(i)));
        }
        return params;
    }
}
