package dev.quarry.bench;

import org.junit.jupiter.api.Test;

/**
 * Runs no benchmark: only each read benchmark's setup, which fills the table and checks that every
 * contender reads the same rows into equal records, so a broken contender fails the build, not a
 * benchmark run an hour later.
 */
class ContendersReadTheSameRowsTest {

    @Test
    void onPostgres() throws Exception {
        PostgresReadBenchmark benchmark = new PostgresReadBenchmark();
        benchmark.rows = 100;
        benchmark.setUp();
        benchmark.tearDown();
    }

    @Test
    void onSqlite() throws Exception {
        SqliteReadBenchmark benchmark = new SqliteReadBenchmark();
        benchmark.rows = 10_000;
        benchmark.setUp();
        benchmark.tearDown();
    }
}
