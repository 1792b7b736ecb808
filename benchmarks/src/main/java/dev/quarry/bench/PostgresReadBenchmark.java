package dev.quarry.bench;

import dev.quarry.bench.postgresql.db.BenchRow;
import dev.quarry.bench.postgresql.db.BenchRowsQueries;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Reading the first {@code rows} rows of {@code bench_rows} on PostgreSQL, the same SQL text (the
 * generated {@code LIST_ROWS_SQL}) and one open connection for every contender.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PostgresReadBenchmark {
    private static final String SQL = BenchRowsQueries.LIST_ROWS_SQL;

    @Param({"1", "100", "10000"})
    public int rows;

    private Connection connection;
    private BenchRowsQueries quarry;
    private DSLContext jooq;
    private JdbcTemplate spring;
    private DataClassRowMapper<BenchRow> springMapper;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchSettings.quietLibraries();
        connection = BenchDatabase.postgres();
        BenchDatabase.truncate(connection, "bench_rows", true);
        PostgresRows.insertBatched(connection, "bench_rows", BenchDatabase.ROWS);
        try (var st = connection.createStatement()) {
            st.execute("ANALYZE bench_rows");
        }
        quarry = new BenchRowsQueries(connection);
        jooq = DSL.using(connection, SQLDialect.POSTGRES);
        spring = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        springMapper = new DataClassRowMapper<>(BenchRow.class);
        BenchSettings.checkSameRows(rows, List.of(quarry(), jdbc(), jooqFetchInto(), jooqMapper(), springDataClass()));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        connection.close();
    }

    @Benchmark
    public List<BenchRow> quarry() {
        return quarry.listRows(rows);
    }

    @Benchmark
    public List<BenchRow> jdbc() throws SQLException {
        return PostgresRows.read(connection, SQL, rows);
    }

    @Benchmark
    public List<BenchRow> jooqFetchInto() {
        return jooq.resultQuery(SQL, (long) rows).fetchInto(BenchRow.class);
    }

    @Benchmark
    public List<BenchRow> jooqMapper() {
        return jooq.resultQuery(SQL, (long) rows).fetch().map(r -> new BenchRow(
                r.get(0, long.class),
                r.get(1, int.class),
                r.get(2, String.class),
                r.get(3, String.class),
                r.get(4, BigDecimal.class),
                r.get(5, BigDecimal.class),
                r.get(6, OffsetDateTime.class),
                r.get(7, boolean.class),
                r.get(8, Double.class),
                r.get(9, UUID.class)));
    }

    @Benchmark
    public List<BenchRow> springDataClass() {
        return spring.query(SQL, springMapper, (long) rows);
    }
}
