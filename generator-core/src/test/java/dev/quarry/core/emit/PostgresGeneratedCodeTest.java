package dev.quarry.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.config.Engine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The generated code of {@link SampleProject}, compiled and run on the PostgreSQL server at
 * 127.0.0.1:5432 in a schema of its own, dropped afterwards. Fails when the server is unreachable.
 */
class PostgresGeneratedCodeTest {
    private static final String SCHEMA = "quarry_emit_test" + "_" + ProcessHandle.current().pid();
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + SCHEMA;

    @BeforeEach
    void createSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL); Statement st = connection.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
            st.execute("CREATE TYPE mood AS ENUM ('happy', 'sad', 'so-so')");
            st.execute(SampleProject.ddl(Engine.POSTGRESQL));
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL); Statement st = connection.createStatement()) {
            st.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void overAConnectionInTheCallersTransaction() throws Exception {
        GeneratedCodeRoundTrip roundTrip = new GeneratedCodeRoundTrip(Engine.POSTGRESQL);
        try (Connection connection = DriverManager.getConnection(URL)) {
            connection.setAutoCommit(false);
            Object queries = roundTrip.queriesOver(connection, Connection.class);
            roundTrip.exerciseQueries(queries);
            GeneratedCodeRoundTrip.assertConnectionOpen(connection);
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT trial::text, tags::text, lucky::text, wake_tz::text FROM users WHERE id = 1")) {
                rs.next();
                assertEquals("1 year 2 mons 3 days 04:05:06", rs.getString(1));
                assertEquals("{x,NULL,z}", rs.getString(2));
                assertEquals("{4,8}", rs.getString(3));
                assertEquals("07:30:00+02", rs.getString(4));
            }
            connection.rollback();
        }
        try (Connection connection = DriverManager.getConnection(URL); Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM users")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "rolled back with the caller's transaction");
        }
    }

    @Test
    void overADataSource() throws Exception {
        GeneratedCodeRoundTrip roundTrip = new GeneratedCodeRoundTrip(Engine.POSTGRESQL);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(URL);
        Object queries = roundTrip.queriesOver(dataSource, DataSource.class);
        roundTrip.exerciseQueries(queries);
        roundTrip.assertFailureNamesTheQuery(queries);
    }
}
